using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The response failed: the last event of a failed stream (the client throws it as an <c>OaiApiException</c>) (<c>response.failed</c>).</summary>
public sealed record ResponseFailedEvent : ResponseStateEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.failed";

    /// <summary>Initializes a new instance with its type set to <c>response.failed</c>.</summary>
    public ResponseFailedEvent()
    {
        Type = Kind;
    }
}
