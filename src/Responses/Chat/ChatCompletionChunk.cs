using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>One event of a streamed chat completion; fold them with <see cref="ChatCompletionAccumulator"/>.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/chat-streaming">the chunk object</see>.</remarks>
public sealed record ChatCompletionChunk
{
    /// <summary>Gets the id of the completion; every chunk of a stream has the same id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.ChatCompletionChunk"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.ChatCompletionChunk); } = ObjectKind.ChatCompletionChunk;

    /// <summary>Gets when the completion was created, in Unix seconds; every chunk has the same value.</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary>Gets <see cref="Created"/> as a date; never throws (a value too large for seconds is read as milliseconds, as some compatible servers send).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => UnixTime.FromSeconds(Created);

    /// <summary>Gets the model that generates the completion.</summary>
    [JsonPropertyName("model")]
    public string Model { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the choice parts in this chunk; empty on the usage-only chunk, and when null or absent.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatChunkChoice> Choices { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the token usage: only on the last chunk, and only when <c>stream_options.include_usage</c> was set.</summary>
    [JsonPropertyName("usage")]
    public CompletionUsage? Usage { get; init; }

    /// <summary>Gets the tier the service processed the request with, or null when not sent.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; init; }

    /// <summary>Gets the backend configuration fingerprint, or null when not sent.</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; init; }

    /// <summary>Gets the error of an error event: the client throws <c>OaiApiException</c> for it, so no chunk the
    /// caller sees carries one.</summary>
    [JsonPropertyName("error")]
    [JsonInclude]
    internal ApiError? Error { get; init; }

    /// <summary>Gets the fields this record does not model (such as <c>obfuscation</c>), kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether this is the final usage chunk: no choices, usage present.</summary>
    /// <example><code>if (chunk.IsUsageOnly) { Console.WriteLine(chunk.Usage!.TotalTokens); }</code></example>
    [JsonIgnore]
    public bool IsUsageOnly => Choices.Count == 0 && Usage is not null;

    /// <summary>Tells whether the first choice of this chunk adds content.</summary>
    /// <param name="delta">The content piece when non-empty; otherwise null.</param>
    /// <returns>True when the first choice's delta has non-empty content.</returns>
    /// <example><code>if (chunk.TryGetText(out var piece)) { Console.Write(piece); }</code></example>
    public bool TryGetText([NotNullWhen(true)] out string? delta)
    {
        delta = Choices.Count > 0 && !string.IsNullOrEmpty(Choices[0].Delta.Content) ? Choices[0].Delta.Content : null;
        return delta is not null;
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("CreatedAt", CreatedAt), ("Model", Model), ("Choices", Choices), ("Usage", Usage), ("ServiceTier", ServiceTier), ("SystemFingerprint", SystemFingerprint));
}
