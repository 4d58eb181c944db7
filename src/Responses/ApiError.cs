using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The <c>error</c> object the service returns with a failed request or inside a stream.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/error-codes">OpenAI error codes</see>.</remarks>
public sealed record ApiError
{
    /// <summary>Gets the human-readable message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets the error type, for example <c>invalid_request_error</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the machine-readable code, for example <c>invalid_api_key</c>; numbers are kept as their text.</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Code { get; init; }

    /// <summary>Gets the request parameter the error is about, when the service names one.</summary>
    [JsonPropertyName("param")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Param { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
