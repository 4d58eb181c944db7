using System.Text;

namespace Oai.Chat;

/// <summary>One tool call being assembled from its fragments: id, type and name from the first, arguments joined.</summary>
internal sealed class ChatToolCallState
{
    private readonly StringBuilder _arguments = new();
    private string? _id;
    private string? _type;
    private string? _name;

    public void Append(ChatToolCallDelta fragment)
    {
        _id ??= fragment.Id;
        _type ??= fragment.Type;
        _name ??= fragment.Function?.Name;
        _arguments.Append(fragment.Function?.Arguments);
    }

    /// <summary>Builds the call; the streaming schema only defines function tool calls, so every call is one.</summary>
    public ChatFunctionToolCall Build()
    {
        return new ChatFunctionToolCall
        {
            Id = _id ?? string.Empty,
            Type = _type ?? ChatFunctionToolCall.Kind,
            Function = new ChatFunctionCall { Name = _name ?? string.Empty, Arguments = _arguments.ToString() },
        };
    }
}
