using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A chat completion: the response of <c>POST /chat/completions</c> without streaming.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/chat/object">the chat completion object</see>.</remarks>
public sealed record ChatCompletion
{
    /// <summary>Gets the id of the completion.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.ChatCompletion"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.ChatCompletion); } = ObjectKind.ChatCompletion;

    /// <summary>Gets when the completion was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary>Gets <see cref="Created"/> as a date; never throws (a value too large for seconds is read as milliseconds, as some compatible servers send).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => UnixTime.FromSeconds(Created);

    /// <summary>Gets the model that generated the completion, as resolved by the service (with its date suffix).</summary>
    [JsonPropertyName("model")]
    public string Model { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the choices; empty when null or absent.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatChoice> Choices { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the token usage, or null when not sent.</summary>
    [JsonPropertyName("usage")]
    public CompletionUsage? Usage { get; init; }

    /// <summary>Gets the tier the service processed the request with, or null when not sent.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; init; }

    /// <summary>Gets the backend configuration fingerprint, or null when not sent.</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets the text of the first choice when it has any.</summary>
    /// <param name="text">The content of choice 0 when non-empty; otherwise null.</param>
    /// <returns>True when choice 0 exists and has non-empty content.</returns>
    /// <example><code>if (completion.TryGetText(out var text)) { Console.WriteLine(text); }</code></example>
    public bool TryGetText([NotNullWhen(true)] out string? text)
    {
        text = null;
        return Choices.Count > 0 && Choices[0].Message.TryGetText(out text);
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("CreatedAt", CreatedAt), ("Model", Model), ("Choices", Choices), ("Usage", Usage), ("ServiceTier", ServiceTier), ("SystemFingerprint", SystemFingerprint));
}
