using System.Threading.Tasks;
using Oai.Chat;

namespace Oai.Benchmarks.Support;

/// <summary>Reads a whole stream the way a caller would, in each implementation's types.</summary>
public static class StreamReaders
{
    public static async Task<int> OursAsync(OaiClient client)
    {
        var count = 0;
        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Requests.Ours))
        {
            if (chunk.Choices is [var choice, ..])
            {
                count += (choice.Delta.Content?.Length ?? 0) + (choice.Delta.ToolCalls is [var call, ..] ? call.Function?.Arguments?.Length ?? 0 : 0);
            }
        }

        return count;
    }

    public static async Task<int> OursAccumulatedAsync(OaiClient client)
    {
        var accumulator = new ChatCompletionAccumulator();
        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Requests.Ours))
        {
            accumulator.Append(chunk);
        }

        var message = accumulator.Build().Choices[0].Message;
        return (message.Content?.Length ?? 0) + message.ToolCalls.Count;
    }

    public static async Task<int> OfficialAsync(OpenAI.Chat.ChatClient client)
    {
        var count = 0;
        await foreach (var update in client.CompleteChatStreamingAsync(Requests.OfficialMessages, Requests.OfficialOptions))
        {
            if (update.ContentUpdate is [var part, ..])
            {
                count += part.Text.Length;
            }

            if (update.ToolCallUpdates is [var call, ..])
            {
                count += call.FunctionArgumentsUpdate?.ToMemory().Length ?? 0;
            }
        }

        return count;
    }

    public static async Task<int> FloorAsync(Floor floor)
    {
        var count = 0;
        await foreach (var chunk in floor.StreamAsync(Requests.Floor))
        {
            if (chunk.Choices is [var choice, ..])
            {
                count += (choice.Delta.Content?.Length ?? 0) + (choice.Delta.ToolCalls is [var call, ..] ? call.Function?.Arguments?.Length ?? 0 : 0);
            }
        }

        return count;
    }

    public static async Task<int> FloorAccumulatedAsync(Floor floor)
    {
        var accumulator = new FloorAccumulator();
        await foreach (var chunk in floor.StreamAsync(Requests.Floor))
        {
            accumulator.Append(chunk);
        }

        return accumulator.Build();
    }
}
