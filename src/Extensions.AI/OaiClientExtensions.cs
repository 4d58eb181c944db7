using System;
using Oai;
using Oai.Extensions.AI;

namespace Microsoft.Extensions.AI;

/// <summary>Makes an <see cref="OaiClient"/> a Microsoft.Extensions.AI <see cref="IChatClient"/> or
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>.</summary>
/// <remarks>
/// Every call goes through the client's own pipeline: its retries, timeouts, typed exceptions
/// (<see cref="OaiException"/> and its subtypes) and its GenAI span and metrics. Do not add
/// <c>UseOpenTelemetry()</c> on top: it would record a second span for every call.
/// </remarks>
public static class OaiClientExtensions
{
    /// <summary>Returns an <see cref="IChatClient"/> over Chat Completions.</summary>
    /// <param name="client">The client; it stays the caller's (disposing the chat client does not dispose it).</param>
    /// <param name="defaultModelId">The model used when <see cref="ChatOptions.ModelId"/> is not set, for example <c>gpt-4o-mini</c>.</param>
    /// <returns>The chat client. <see cref="ChatResponse.RawRepresentation"/> holds the <c>ChatCompletion</c>, each
    /// streamed update's the <c>ChatCompletionChunk</c>, and <c>GetService&lt;OaiClient&gt;()</c> returns the client.</returns>
    public static IChatClient AsIChatClient(this OaiClient client, string? defaultModelId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new OaiChatClient(client, defaultModelId);
    }

    /// <summary>Returns an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over Embeddings.</summary>
    /// <param name="client">The client; it stays the caller's.</param>
    /// <param name="defaultModelId">The model used when <see cref="EmbeddingGenerationOptions.ModelId"/> is not set,
    /// for example <c>text-embedding-3-small</c>.</param>
    /// <param name="defaultDimensions">The vector length asked for when <see cref="EmbeddingGenerationOptions.Dimensions"/>
    /// is not set; null leaves it to the model.</param>
    /// <returns>The generator; vectors come back in the order of the inputs.</returns>
    public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(
        this OaiClient client, string? defaultModelId = null, int? defaultDimensions = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new OaiEmbeddingGenerator(client, defaultModelId, defaultDimensions);
    }
}
