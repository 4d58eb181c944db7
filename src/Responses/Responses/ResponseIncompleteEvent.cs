using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The response stopped early: the last event of an incomplete stream (<c>response.incomplete</c>).</summary>
public sealed record ResponseIncompleteEvent : ResponseStateEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.incomplete";

    /// <summary>Initializes a new instance with its type set to <c>response.incomplete</c>.</summary>
    public ResponseIncompleteEvent()
    {
        Type = Kind;
    }
}
