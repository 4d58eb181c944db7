using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The response is being generated (<c>response.in_progress</c>).</summary>
public sealed record ResponseInProgressEvent : ResponseStateEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.in_progress";

    /// <summary>Initializes a new instance with its type set to <c>response.in_progress</c>.</summary>
    public ResponseInProgressEvent()
    {
        Type = Kind;
    }
}
