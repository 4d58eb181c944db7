using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The response completed: the last event of a successful stream, carrying the whole response (<c>response.completed</c>).</summary>
public sealed record ResponseCompletedEvent : ResponseStateEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.completed";

    /// <summary>Initializes a new instance with its type set to <c>response.completed</c>.</summary>
    public ResponseCompletedEvent()
    {
        Type = Kind;
    }
}
