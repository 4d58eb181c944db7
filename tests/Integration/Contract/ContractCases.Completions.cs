using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.Embeddings;

namespace Oai.IntegrationTests.Contract;

/// <summary>The legacy Completions and the Embeddings entries of the contract table.</summary>
public static partial class ContractCases
{
    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> CompletionCases() => new(StringComparer.Ordinal)
    {
        ["completions.create minimal"] = async (client, options) =>
            AssertTextCompletion(await client.Completions.CreateAsync(CompletionContractRequests.Minimal(), options)),
        ["completions.create every optional parameter"] = async (client, options) =>
            AssertTextCompletion(await client.Completions.CreateAsync(CompletionContractRequests.Full(), options)),
        ["completions.create prompt as strings"] = async (client, options) =>
            AssertTextCompletion(await client.Completions.CreateAsync(CompletionContractRequests.Strings(), options)),
        ["completions.create prompt as tokens"] = async (client, options) =>
            AssertTextCompletion(await client.Completions.CreateAsync(CompletionContractRequests.Tokens(), options)),
        ["completions.create prompt as token arrays"] = async (client, options) =>
            AssertTextCompletion(await client.Completions.CreateAsync(CompletionContractRequests.TokenArrays(), options)),
        // The request is checked like any other, but ../shared/openapi/openapi.yaml gives POST /completions only an
        // application/json response (no text/event-stream, unlike POST /chat/completions), so Steady answers a stream
        // request with one generated completion object and no events. Streamed completions are parsed in
        // tests/Unit/Completions/CompletionStreamTests.cs and over a socket in LoopbackCompletionStreamTests.
        ["completions.stream every streamable parameter"] = (client, options) =>
            SteadyStreamContract.AssertUnmodelledStreamAsync(
                client.Completions.CreateStreamAsync(CompletionContractRequests.Stream(), options), "POST /completions"),
    };

    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> EmbeddingCases() => new(StringComparer.Ordinal)
    {
        ["embeddings.create string, default base64"] = async (client, options) =>
            AssertEmbeddings(await client.Embeddings.CreateAsync(EmbeddingContractRequests.Text(), options)),
        ["embeddings.create strings, float, dimensions"] = async (client, options) =>
            AssertEmbeddings(await client.Embeddings.CreateAsync(EmbeddingContractRequests.Strings(), options)),
        ["embeddings.create tokens, explicit base64"] = async (client, options) =>
            AssertEmbeddings(await client.Embeddings.CreateAsync(EmbeddingContractRequests.Tokens(), options)),
        ["embeddings.create token arrays, float"] = async (client, options) =>
            AssertEmbeddings(await client.Embeddings.CreateAsync(EmbeddingContractRequests.TokenArrays(), options)),
    };

    private static void AssertTextCompletion(Completion completion)
    {
        Assert.False(string.IsNullOrEmpty(completion.Id), "expected the generated completion to carry an id");
        Assert.Equal(ObjectKind.TextCompletion, completion.Object);
        Assert.False(string.IsNullOrEmpty(completion.Model), "expected the generated completion to name its model");
        Assert.NotEmpty(completion.Choices);
        Assert.NotNull(completion.Choices[0].Text);
    }

    private static void AssertEmbeddings(CreateEmbeddingResponse response)
    {
        Assert.Equal(ObjectKind.List, response.Object);
        Assert.False(string.IsNullOrEmpty(response.Model), "expected the generated response to name its model");
        Assert.NotEmpty(response.Data);
        Assert.All(response.Data, embedding => Assert.Equal(ObjectKind.Embedding, embedding.Object));
        Assert.False(response.Data[0].Vector.IsEmpty, "expected the generated embedding to carry a vector");
    }
}
