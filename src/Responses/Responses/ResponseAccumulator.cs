using System.Collections.Generic;
using System.Text;

namespace Oai.Responses;

/// <summary>Folds a stream's events back into a <see cref="Response"/>, and checks the response the terminal event
/// carries against what the deltas built.</summary>
/// <remarks>
/// <para>Usable while streaming: <see cref="Text"/> is the output text so far and <see cref="Build"/> the response as it
/// stands. Once a terminal event (<c>response.completed</c>, <c>response.incomplete</c>, <c>response.failed</c>) has
/// been appended, <see cref="Build"/> returns the response it carries, and <see cref="Mismatch"/> says whether the
/// deltas built the same output (null when they did). Not thread-safe: append from one loop.</para>
/// </remarks>
/// <example><code>
/// var accumulator = new ResponseAccumulator();
/// await foreach (var e in client.Responses.CreateStreamAsync(request)) { accumulator.Append(e); }
/// Response response = accumulator.Build();
/// </code></example>
public sealed class ResponseAccumulator
{
    private readonly SortedDictionary<int, ResponseItemFold> _items = [];
    private readonly StringBuilder _text = new();
    private Response? _latest;

    /// <summary>Gets the output text so far: every <c>response.output_text.delta</c>, in arrival order.</summary>
    public string Text => _text.ToString();

    /// <summary>Gets the sequence number of the last event appended, or -1 before any; resume a background stream
    /// after it with <c>starting_after</c>.</summary>
    public long LastSequenceNumber { get; private set; } = -1;

    /// <summary>Gets the response the terminal event carried, or null before it arrived.</summary>
    public Response? Terminal { get; private set; }

    /// <summary>Gets how the terminal event's output differs from what the deltas built, or null when they agree
    /// (or no terminal event has arrived).</summary>
    public string? Mismatch { get; private set; }

    /// <summary>Folds one event in.</summary>
    /// <param name="streamEvent">The event, in stream order.</param>
    public void Append(ResponseStreamEvent streamEvent)
    {
        System.ArgumentNullException.ThrowIfNull(streamEvent);
        LastSequenceNumber = streamEvent.SequenceNumber;
        switch (streamEvent)
        {
            case ResponseStateEvent state:
                _latest = state.Response;
                if (state is ResponseCompletedEvent or ResponseIncompleteEvent or ResponseFailedEvent)
                {
                    Terminal = state.Response;
                    Mismatch = Compare(state.Response);
                }

                break;
            case ResponseOutputItemAddedEvent { Item: { } item } added:
                _items[added.OutputIndex] = new ResponseItemFold(item);
                break;
            case ResponseOutputItemDoneEvent { Item: { } item } done:
                Item(done.OutputIndex).Done = item;
                break;
            case ResponseContentPartAddedEvent { Part: { } part } added:
                Item(added.OutputIndex).AddPart(added.ContentIndex, part);
                break;
            case ResponseOutputTextDeltaEvent delta:
                _text.Append(delta.Delta);
                Item(delta.OutputIndex).Part(delta.ContentIndex).Append(delta.Delta);
                break;
            case ResponseOutputTextAnnotationAddedEvent { Annotation: { } annotation } added:
                Item(added.OutputIndex).AddAnnotation(added.ContentIndex, annotation);
                break;
            case ResponseRefusalDeltaEvent delta:
                Item(delta.OutputIndex).Part(delta.ContentIndex).Append(delta.Delta);
                break;
            case ResponseFunctionCallArgumentsDeltaEvent delta:
                Item(delta.OutputIndex).Arguments.Append(delta.Delta);
                break;
            case ResponseMcpCallArgumentsDeltaEvent delta:
                Item(delta.OutputIndex).Arguments.Append(delta.Delta);
                break;
            case ResponseCustomToolCallInputDeltaEvent delta:
                Item(delta.OutputIndex).Arguments.Append(delta.Delta);
                break;
            case ResponseCodeInterpreterCodeDeltaEvent delta:
                Item(delta.OutputIndex).Arguments.Append(delta.Delta);
                break;
            case ResponseReasoningSummaryPartAddedEvent added:
                Item(added.OutputIndex).Summary(added.SummaryIndex);
                break;
            case ResponseReasoningSummaryTextDeltaEvent delta:
                Item(delta.OutputIndex).Summary(delta.SummaryIndex).Append(delta.Delta);
                break;
        }
    }

    /// <summary>Builds the response: the one the terminal event carried, or, before it, the latest state event's
    /// response with the output folded so far (complete items as the service sent them, others from their deltas).</summary>
    /// <returns>The response; an empty one when no event carried a response yet.</returns>
    public Response Build()
    {
        if (Terminal is not null)
        {
            return Terminal;
        }

        var output = new List<ResponseItem>(_items.Count);
        foreach (var fold in _items.Values)
        {
            output.Add(fold.Done ?? fold.FromDeltas());
        }

        return (_latest ?? new Response()) with { Output = output };
    }

    private ResponseItemFold Item(int outputIndex)
    {
        if (!_items.TryGetValue(outputIndex, out var fold))
        {
            // A delta for an item whose start was not seen (a stream resumed after it): fold it into a placeholder.
            fold = new ResponseItemFold(new UnknownResponseItem());
            _items[outputIndex] = fold;
        }

        return fold;
    }

    private string? Compare(Response terminal)
    {
        foreach (var (index, fold) in _items)
        {
            if (index >= terminal.Output.Count)
            {
                return $"output[{index}] was streamed but the terminal event's output has {terminal.Output.Count} items.";
            }

            if (fold.Differs(terminal.Output[index]) is { } difference)
            {
                return $"output[{index}] {difference}";
            }
        }

        return null;
    }
}
