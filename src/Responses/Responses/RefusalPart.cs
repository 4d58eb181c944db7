using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A refusal by the model: <c>{"type": "refusal", "refusal"}</c>.</summary>
public sealed record RefusalPart : ResponseContentPart
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "refusal";

    /// <summary>Initializes a new instance with its type set to <c>refusal</c>.</summary>
    public RefusalPart()
    {
        Type = Kind;
    }

    /// <summary>Gets the refusal message.</summary>
    [JsonPropertyName("refusal")]
    public string Refusal { get; init => field = value ?? string.Empty; } = string.Empty;
}
