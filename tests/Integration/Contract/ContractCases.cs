using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Oai.Chat;

namespace Oai.IntegrationTests.Contract;

/// <summary>Every request the client can send, as one table: an entry makes the typed call (with the per-call options
/// the harness supplies) and asserts that Steady's random but schema-valid response parsed into our records.</summary>
/// <remarks>A new endpoint joins the contract tests with one entry here (or in the partial file for its endpoint
/// group); <see cref="ContractTests"/> runs them all. Each entry sends exactly one request: listings read their first
/// page only, as Steady's random <c>has_more</c> would otherwise page forever.</remarks>
public static partial class ContractCases
{
    public static readonly IReadOnlyDictionary<string, Func<OaiClient, RequestOptions, Task>> All =
        new[] { ChatCases(), CompletionCases(), EmbeddingCases(), FileCases(), FineTuningCases(), ModelsAndModerationsCases(), ResponseCases(), BatchCases() }
            .SelectMany(cases => cases)
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);

    public static TheoryData<string> Names => new(All.Keys);

    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> ChatCases() => new(StringComparer.Ordinal)
    {
        ["chat.create minimal"] = async (client, options) =>
            AssertCompletion(await client.Chat.Completions.CreateAsync(ChatContractRequests.Minimal(), options)),
        ["chat.create every optional parameter"] = async (client, options) =>
            AssertCompletion(await client.Chat.Completions.CreateAsync(ChatContractRequests.Full(), options)),
        ["chat.create content parts"] = async (client, options) =>
            AssertCompletion(await client.Chat.Completions.CreateAsync(ChatContractRequests.ContentParts(), options)),
        ["chat.stream with tools"] = (client, options) =>
            AssertChatStreamAsync(client.Chat.Completions.CreateStreamAsync(ChatContractRequests.StreamWithTools(), options)),
        ["chat.stream every optional parameter"] = (client, options) =>
            AssertChatStreamAsync(client.Chat.Completions.CreateStreamAsync(
                ChatContractRequests.Full() with { N = 1, Logprobs = null, TopLogprobs = null }, options)),
    };

    /// <summary>Asserts a generated list page: a <c>list</c> object whose items each pass <paramref name="assertItem"/>.</summary>
    private static void AssertPage<T>(ListPage<T> page, Action<T> assertItem)
    {
        Assert.Equal(ObjectKind.List, page.Object);
        Assert.NotEmpty(page.Data);
        Assert.All(page.Data, assertItem);
    }

    private static void AssertCompletion(ChatCompletion completion)
    {
        Assert.False(string.IsNullOrEmpty(completion.Id), "expected the generated completion to carry an id");
        Assert.Equal(ObjectKind.ChatCompletion, completion.Object);
        Assert.NotEmpty(completion.Choices);
        Assert.NotNull(completion.Choices[0].Message);
    }

    private static Task AssertChatStreamAsync(OaiStream<ChatCompletionChunk> stream) =>
        SteadyStreamContract.AssertSteadyStreamAsync(
            stream,
            "POST /chat/completions",
            chunk =>
            {
                Assert.Equal(ObjectKind.ChatCompletionChunk, chunk.Object);
                Assert.False(string.IsNullOrEmpty(chunk.Id), "expected each generated chunk to carry an id");
                Assert.NotEmpty(chunk.Choices);
            },
            closing =>
            {
                Assert.Equal(ObjectKind.ChatCompletionChunk, closing.Object);
                Assert.Empty(closing.Choices);
                Assert.Null(closing.Usage);
            });
}
