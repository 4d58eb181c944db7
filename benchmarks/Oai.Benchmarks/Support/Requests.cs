using OpenAI.Chat;

namespace Oai.Benchmarks.Support;

/// <summary>The same request in each implementation's types.</summary>
public static class Requests
{
    public static readonly Oai.Chat.ChatCompletionRequest Ours = new()
    {
        Model = "gpt-4o-mini",
        Messages = [Oai.Chat.ChatMessage.User("Say hello")],
        Temperature = 0.2,
    };

    public static readonly ChatMessage[] OfficialMessages = [new UserChatMessage("Say hello")];

    public static readonly ChatCompletionOptions OfficialOptions = new() { Temperature = 0.2f };

    public static readonly FloorRequest Floor = new("gpt-4o-mini", [new FloorMessage("user", "Say hello")], 0.2);
}
