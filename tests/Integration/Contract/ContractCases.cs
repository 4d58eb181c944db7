using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Oai.Responses;
using Oai.Responses.Chat;

namespace Oai.IntegrationTests.Contract;

/// <summary>Every request the client can send, as one table: an entry makes the typed call (with the per-call options
/// the harness supplies) and asserts that Steady's random but schema-valid response parsed into our records.</summary>
/// <remarks>A new endpoint joins the contract tests with one entry here; <see cref="ContractTests"/> runs them all.</remarks>
public static class ContractCases
{
    public static readonly IReadOnlyDictionary<string, Func<OaiClient, RequestOptions, Task>> All =
        new Dictionary<string, Func<OaiClient, RequestOptions, Task>>(StringComparer.Ordinal)
        {
            ["chat.create minimal"] = async (client, options) =>
                AssertCompletion(await client.Chat.Completions.CreateAsync(ChatContractRequests.Minimal(), options)),
            ["chat.create every optional parameter"] = async (client, options) =>
                AssertCompletion(await client.Chat.Completions.CreateAsync(ChatContractRequests.Full(), options)),
            ["chat.create content parts"] = async (client, options) =>
                AssertCompletion(await client.Chat.Completions.CreateAsync(ChatContractRequests.ContentParts(), options)),
            ["chat.stream with tools"] = (client, options) =>
                ChatStreamContract.AssertSteadyStreamAsync(client.Chat.Completions.CreateStreamAsync(ChatContractRequests.StreamWithTools(), options)),
            ["chat.stream every optional parameter"] = (client, options) =>
                ChatStreamContract.AssertSteadyStreamAsync(client.Chat.Completions.CreateStreamAsync(
                    ChatContractRequests.Full() with { N = 1, Logprobs = null, TopLogprobs = null }, options)),
        };

    public static TheoryData<string> Names => new(All.Keys);

    private static void AssertCompletion(ChatCompletion completion)
    {
        Assert.False(string.IsNullOrEmpty(completion.Id), "expected the generated completion to carry an id");
        Assert.Equal(ObjectKind.ChatCompletion, completion.Object);
        Assert.NotEmpty(completion.Choices);
        Assert.NotNull(completion.Choices[0].Message);
    }
}
