using Oai.Pipeline;

namespace Oai.Chat;

/// <summary>The Chat endpoint group: <c>client.Chat.Completions</c>.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.Chat"/>.</remarks>
public class ChatClient
{
    internal ChatClient(OaiPipeline pipeline)
    {
        Completions = new ChatCompletionsClient(pipeline);
    }

    /// <summary>Initializes an empty group, for test doubles that override the members.</summary>
    protected ChatClient()
    {
        Completions = null!;
    }

    /// <summary>Gets the Chat Completions operations.</summary>
    public virtual ChatCompletionsClient Completions { get; }
}
