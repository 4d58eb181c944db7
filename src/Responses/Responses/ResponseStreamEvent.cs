using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>One event of a streamed response, discriminated by <c>type</c>; events this library does not know
/// arrive as <see cref="UnknownResponseStreamEvent"/>.</summary>
/// <remarks>
/// A stream runs <c>response.created</c>, then output items (<c>response.output_item.added</c>, their deltas,
/// <c>response.output_item.done</c>), and ends with one <see cref="ResponseStateEvent"/> that is terminal:
/// <see cref="ResponseCompletedEvent"/> or <see cref="ResponseIncompleteEvent"/> (a <c>response.failed</c> or an
/// <c>error</c> event throws instead). Fold events into a <see cref="Response"/> with <see cref="ResponseAccumulator"/>.
/// </remarks>
[JsonConverter(typeof(ResponseStreamEventConverter))]
public abstract record ResponseStreamEvent
{
    /// <summary>Gets the event's type exactly as the service sent it, for example <c>response.output_text.delta</c>;
    /// the client checks it against the SSE <c>event:</c> name.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the event's position in the stream, from 0; resume a background stream after it with
    /// <c>starting_after</c>.</summary>
    [JsonPropertyName("sequence_number")]
    [JsonPropertyOrder(-1)]
    public long SequenceNumber { get; init; }

    /// <summary>Gets the fields this record does not model (such as <c>obfuscation</c>), kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether this event ends the stream: <c>response.completed</c>, <c>response.incomplete</c>,
    /// <c>response.failed</c> or <c>error</c>.</summary>
    [JsonIgnore]
    public bool IsTerminal => this is ResponseCompletedEvent or ResponseIncompleteEvent or ResponseFailedEvent or ResponseErrorEvent;

    /// <summary>Gets the piece of output text this event carries, when it is a <c>response.output_text.delta</c>.</summary>
    /// <param name="delta">The text piece; otherwise null.</param>
    /// <returns>True for an output text delta.</returns>
    /// <example><code>await foreach (var e in stream) { if (e.TryGetTextDelta(out var piece)) Console.Write(piece); }</code></example>
    public bool TryGetTextDelta([NotNullWhen(true)] out string? delta)
    {
        delta = (this as ResponseOutputTextDeltaEvent)?.Delta;
        return delta is not null;
    }
}
