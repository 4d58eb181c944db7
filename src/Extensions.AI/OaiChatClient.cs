using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Oai.Chat;

namespace Oai.Extensions.AI;

/// <summary>An <see cref="IChatClient"/> over Chat Completions: maps Microsoft.Extensions.AI messages and options to a
/// <see cref="ChatCompletionRequest"/> and the records back; sending, retries, tracing and errors stay the client's.</summary>
internal sealed class OaiChatClient : IChatClient
{
    private readonly OaiClient _client;
    private readonly ChatClientMetadata _metadata;

    public OaiChatClient(OaiClient client, string? defaultModelId)
    {
        _client = client;
        _metadata = new ChatClientMetadata(AIMapping.ProviderName, client.BaseUrl, defaultModelId);
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var request = ChatMapping.ToRequest(messages, options, _metadata.DefaultModelId, this);
        var completion = await _client.Chat.Completions.CreateAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ChatMapping.FromCompletion(completion);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var request = ChatMapping.ToRequest(messages, options, _metadata.DefaultModelId, this);
        return StreamAsync(request, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        AIMapping.Service(serviceType, serviceKey, _metadata, _client, _client.Chat.Completions, this);

    // The OaiClient belongs to the caller (or the container): the adapter does not dispose it.
    public void Dispose()
    {
    }

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(
        ChatCompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fold = new ChatStreamFold();
        await foreach (var chunk in _client.Chat.Completions.CreateStreamAsync(request, cancellationToken: cancellationToken)
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return fold.Update(chunk);
        }

        if (fold.Complete() is { } calls)
        {
            yield return calls;
        }
    }
}
