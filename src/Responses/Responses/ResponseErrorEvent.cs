using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An error the service reported inside the stream (the client throws it as an <c>OaiApiException</c>) (<c>error</c>).</summary>
public sealed record ResponseErrorEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "error";

    /// <summary>Initializes a new instance with its type set to <c>error</c>.</summary>
    public ResponseErrorEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the machine-readable code, or null.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the message.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the parameter the error is about, or null.</summary>
    [JsonPropertyName("param")]
    public string? Param { get; init; }
}
