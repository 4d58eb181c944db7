using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The response was created (<c>response.created</c>).</summary>
public sealed record ResponseCreatedEvent : ResponseStateEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.created";

    /// <summary>Initializes a new instance with its type set to <c>response.created</c>.</summary>
    public ResponseCreatedEvent()
    {
        Type = Kind;
    }
}
