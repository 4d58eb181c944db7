using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Oai.Responses;

namespace Oai.Extensions.AI;

/// <summary>An <see cref="IChatClient"/> over the Responses API: maps Microsoft.Extensions.AI messages and options to a
/// <see cref="ResponseRequest"/> and the records back; sending, retries, tracing and errors stay the client's.</summary>
internal sealed class OaiResponsesChatClient : IChatClient
{
    private readonly OaiClient _client;
    private readonly ChatClientMetadata _metadata;

    public OaiResponsesChatClient(OaiClient client, string? defaultModelId)
    {
        _client = client;
        _metadata = new ChatClientMetadata(AIMapping.ProviderName, client.BaseUrl, defaultModelId);
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var (request, conversation) = ResponsesMapping.ToRequest(messages, options, _metadata.DefaultModelId, this);
        var response = await _client.Responses.CreateAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ResponsesMapping.FromResponse(response, request, conversation);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var (request, conversation) = ResponsesMapping.ToRequest(messages, options, _metadata.DefaultModelId, this);
        return StreamAsync(request, conversation, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        AIMapping.Service(serviceType, serviceKey, _metadata, _client, _client.Responses, this);

    // The OaiClient belongs to the caller (or the container): the adapter does not dispose it.
    public void Dispose()
    {
    }

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(
        ResponseRequest request, string? conversation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fold = new ResponsesStreamFold(request, conversation);
        await foreach (var e in _client.Responses.CreateStreamAsync(request, cancellationToken: cancellationToken)
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return fold.Update(e);
        }
    }
}
