using System.Collections.Generic;
using Oai.Emulator.Core;
using Oai.Responses;

namespace Oai.Emulator.Endpoints;

/// <summary>The event sequence the service streams for a response, as in the recordings: <c>response.created</c>
/// (<c>response.queued</c> for a background response), <c>response.in_progress</c>, then per output item
/// <c>output_item.added</c>, its parts and deltas, <c>output_item.done</c>, and the terminal event carrying the response.</summary>
internal static class ResponseEvents
{
    public static List<(string Name, byte[] Json)> Of(Response final, bool background)
    {
        var events = new List<(string, byte[])>();
        var running = final with { Status = ResponseStatus.InProgress, Completed = null, Output = [], Usage = null, IncompleteDetails = null };
        void Add(ResponseStreamEvent e)
        {
            var numbered = e with { SequenceNumber = events.Count };
            events.Add((numbered.Type, Wire.ToUtf8(numbered, RecordsJsonContext.Default.ResponseStreamEvent)));
        }

        Add(new ResponseCreatedEvent { Response = background ? running with { Status = ResponseStatus.Queued } : running });
        if (background)
        {
            Add(new ResponseQueuedEvent { Response = running with { Status = ResponseStatus.Queued } });
        }

        Add(new ResponseInProgressEvent { Response = running });
        for (var index = 0; index < final.Output.Count; index++)
        {
            var item = final.Output[index];
            switch (item)
            {
                case MessageItem message:
                    Add(new ResponseOutputItemAddedEvent { OutputIndex = index, Item = message with { Status = ResponseItemStatus.InProgress, Content = [] } });
                    for (var part = 0; part < message.Content.Count; part++)
                    {
                        AddPart(Add, message.Id!, index, part, message.Content[part]);
                    }

                    break;
                case FunctionCallItem call:
                    Add(new ResponseOutputItemAddedEvent { OutputIndex = index, Item = call with { Arguments = string.Empty, Status = ResponseItemStatus.InProgress } });
                    foreach (var piece in Pieces.Fixed(call.Arguments))
                    {
                        Add(new ResponseFunctionCallArgumentsDeltaEvent { ItemId = call.Id!, OutputIndex = index, Delta = piece });
                    }

                    Add(new ResponseFunctionCallArgumentsDoneEvent { ItemId = call.Id!, OutputIndex = index, Arguments = call.Arguments });
                    break;
            }

            Add(new ResponseOutputItemDoneEvent { OutputIndex = index, Item = item });
        }

        Add(final.Status == ResponseStatus.Incomplete ? new ResponseIncompleteEvent { Response = final } : new ResponseCompletedEvent { Response = final });
        return events;
    }

    private static void AddPart(System.Action<ResponseStreamEvent> add, string itemId, int index, int part, ResponseContentPart content)
    {
        switch (content)
        {
            case OutputTextPart text:
                add(new ResponseContentPartAddedEvent { ItemId = itemId, OutputIndex = index, ContentIndex = part, Part = text with { Text = string.Empty } });
                foreach (var piece in Pieces.Words(text.Text))
                {
                    add(new ResponseOutputTextDeltaEvent { ItemId = itemId, OutputIndex = index, ContentIndex = part, Delta = piece, Logprobs = [] });
                }

                add(new ResponseOutputTextDoneEvent { ItemId = itemId, OutputIndex = index, ContentIndex = part, Text = text.Text });
                break;
            case RefusalPart refusal:
                add(new ResponseContentPartAddedEvent { ItemId = itemId, OutputIndex = index, ContentIndex = part, Part = refusal with { Refusal = string.Empty } });
                foreach (var piece in Pieces.Words(refusal.Refusal))
                {
                    add(new ResponseRefusalDeltaEvent { ItemId = itemId, OutputIndex = index, ContentIndex = part, Delta = piece });
                }

                add(new ResponseRefusalDoneEvent { ItemId = itemId, OutputIndex = index, ContentIndex = part, Refusal = refusal.Refusal });
                break;
        }

        add(new ResponseContentPartDoneEvent { ItemId = itemId, OutputIndex = index, ContentIndex = part, Part = content });
    }
}
