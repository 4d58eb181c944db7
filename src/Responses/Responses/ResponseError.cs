using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The error of a failed response (<c>error</c> of a response with status <c>failed</c>).</summary>
public sealed record ResponseError
{
    /// <summary>Gets the machine-readable code, for example <c>server_error</c>; empty when not sent.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the human-readable message; empty when not sent.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
