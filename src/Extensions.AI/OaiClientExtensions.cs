using System;
using Oai;
using Oai.Extensions.AI;

namespace Microsoft.Extensions.AI;

/// <summary>Makes an <see cref="OaiClient"/> a Microsoft.Extensions.AI <see cref="IChatClient"/> (over Chat Completions
/// or the Responses API) or
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

    /// <summary>Returns an <see cref="IChatClient"/> over the Responses API (<c>POST /responses</c>).</summary>
    /// <param name="client">The client; it stays the caller's (disposing the chat client does not dispose it).</param>
    /// <param name="defaultModelId">The model used when <see cref="ChatOptions.ModelId"/> is not set, for example <c>gpt-4o-mini</c>.</param>
    /// <returns>The chat client. <see cref="ChatResponse.RawRepresentation"/> holds the <c>Response</c>, each
    /// streamed update's the <c>ResponseStreamEvent</c>; <see cref="ChatResponse.ConversationId"/> is the response's
    /// id (sent back as <c>previous_response_id</c> when given as <see cref="ChatOptions.ConversationId"/>), or the
    /// <c>conv_...</c> conversation the options named, or null when the request set <c>store: false</c>.
    /// <c>GetService&lt;OaiClient&gt;()</c> returns the client and <c>GetService&lt;ResponsesClient&gt;()</c> its
    /// <see cref="OaiClient.Responses"/>.</returns>
    /// <remarks>The counterpart of Microsoft.Extensions.AI.OpenAI's <c>ResponsesClient.AsIChatClient()</c>. It hangs
    /// on the <see cref="OaiClient"/>, like <see cref="AsIChatClient"/>, so it knows the base URL and the client.</remarks>
    public static IChatClient AsResponsesChatClient(this OaiClient client, string? defaultModelId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new OaiResponsesChatClient(client, defaultModelId);
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
