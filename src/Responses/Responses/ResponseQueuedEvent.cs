using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A background response was queued (<c>response.queued</c>).</summary>
public sealed record ResponseQueuedEvent : ResponseStateEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.queued";

    /// <summary>Initializes a new instance with its type set to <c>response.queued</c>.</summary>
    public ResponseQueuedEvent()
    {
        Type = Kind;
    }
}
