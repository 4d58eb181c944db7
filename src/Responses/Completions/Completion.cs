using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Completions;

/// <summary>A legacy text completion: the response of <c>POST /completions</c>, and each event of its stream (the
/// legacy stream sends the same object shape per chunk).</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/completions/object">the completion object</see>.
/// Fold a stream back into one completion with <see cref="CompletionAccumulator"/>.</remarks>
public sealed record Completion
{
    /// <summary>Gets the id of the completion; every chunk of a stream has the same id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.TextCompletion"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.TextCompletion); } = ObjectKind.TextCompletion;

    /// <summary>Gets when the completion was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary>Gets <see cref="Created"/> as a date; never throws (a value too large for seconds is read as milliseconds, as some compatible servers send).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => UnixTime.FromSeconds(Created);

    /// <summary>Gets the model that generated the completion.</summary>
    [JsonPropertyName("model")]
    public string Model { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the choices (in a stream: the pieces this chunk adds); empty when null or absent.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<CompletionChoice> Choices { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the token usage, or null when not sent (in a stream: only on the last chunk, when
    /// <c>stream_options.include_usage</c> was set).</summary>
    [JsonPropertyName("usage")]
    public CompletionUsage? Usage { get; init; }

    /// <summary>Gets the backend configuration fingerprint, or null when not sent.</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; init; }

    /// <summary>Gets the error of an error event: the client throws <c>OaiApiException</c> for it, so no chunk the
    /// caller sees carries one.</summary>
    [JsonPropertyName("error")]
    [JsonInclude]
    internal ApiError? Error { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether this is a stream's final usage chunk: no choices, usage present.</summary>
    /// <example><code>if (chunk.IsUsageOnly) { Console.WriteLine(chunk.Usage!.TotalTokens); }</code></example>
    [JsonIgnore]
    public bool IsUsageOnly => Choices.Count == 0 && Usage is not null;

    /// <summary>Gets the text of choice 0 when it has any; in a stream, the piece this chunk adds to choice 0
    /// (with <c>n</c> &gt; 1 a chunk may carry another choice only).</summary>
    /// <param name="text">The text of the choice with index 0 when non-empty; otherwise null.</param>
    /// <returns>True when this completion or chunk has non-empty text for choice 0.</returns>
    /// <example><code>if (completion.TryGetText(out var text)) { Console.Write(text); }</code></example>
    public bool TryGetText([NotNullWhen(true)] out string? text)
    {
        foreach (var choice in Choices)
        {
            if (choice.Index == 0 && choice.Text.Length > 0)
            {
                text = choice.Text;
                return true;
            }
        }

        text = null;
        return false;
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("CreatedAt", CreatedAt), ("Model", Model), ("Choices", Choices), ("Usage", Usage), ("SystemFingerprint", SystemFingerprint));
}
