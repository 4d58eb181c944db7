using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An event carrying the response as it stands: <see cref="ResponseCreatedEvent"/>,
/// <see cref="ResponseQueuedEvent"/>, <see cref="ResponseInProgressEvent"/>, and the terminal
/// <see cref="ResponseCompletedEvent"/>, <see cref="ResponseIncompleteEvent"/> and <see cref="ResponseFailedEvent"/>.</summary>
public abstract record ResponseStateEvent : ResponseStreamEvent
{
    /// <summary>Gets the response as it stands; the terminal events carry the whole response.</summary>
    [JsonPropertyName("response")]
    public Response Response { get; init => field = value ?? new(); } = new();
}
