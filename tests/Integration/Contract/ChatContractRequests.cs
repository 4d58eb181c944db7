using System.Collections.Generic;
using Oai.Chat;

namespace Oai.IntegrationTests.Contract;

/// <summary>Chat requests as applications send them, optional parameters included, for the contract table.</summary>
public static class ChatContractRequests
{
    private const string WeatherParameters = """
        {"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},
         "required":["city","unit"],"additionalProperties":false}
        """;

    private const string ForecastSchema = """
        {"type":"object","properties":{"city":{"type":"string"},"summary":{"type":"string"},"high_c":{"type":"number"}},
         "required":["city","summary","high_c"],"additionalProperties":false}
        """;

    /// <summary>The smallest valid request.</summary>
    public static ChatCompletionRequest Minimal() => new()
    {
        Model = "gpt-4o-mini",
        Messages = [ChatMessage.User("Say hello")],
    };

    /// <summary>A tool round trip with structured output and most sampling, output and storage options set.</summary>
    public static ChatCompletionRequest Full() => new()
    {
        Model = "gpt-4o-mini",
        Messages =
        [
            ChatMessage.System("You are a terse weather assistant."),
            ChatMessage.Developer("Answer in the forecast format."),
            ChatMessage.User("What is the weather in Paris?"),
            ChatMessage.Assistant([ChatToolCall.Function("call_1", "get_weather", """{"city":"Paris","unit":"celsius"}""")]),
            ChatMessage.Tool("call_1", """{"temperature":21,"sky":"clear"}"""),
        ],
        Tools = [ChatTool.Function("get_weather", "Gets the current weather for a city.", WeatherParameters, strict: true)],
        ToolChoice = ChatToolChoice.Auto,
        ParallelToolCalls = false,
        ResponseFormat = ChatResponseFormat.JsonSchema("forecast", ForecastSchema, "A one-line forecast.", strict: true),
        Stop = ["\n\n", "END"],
        MaxCompletionTokens = 200,
        Seed = 42,
        Metadata = new Dictionary<string, string> { ["suite"] = "contract", ["case"] = "full" },
        Store = true,
        ServiceTier = ServiceTier.Default,
        Logprobs = true,
        TopLogprobs = 3,
        N = 2,
        Temperature = 0.2,
        TopP = 0.9,
        FrequencyPenalty = 0.1,
        PresencePenalty = 0.2,
        LogitBias = new Dictionary<string, int> { ["50256"] = -100 },
        SafetyIdentifier = "user-7f3a",
        PromptCacheKey = "contract-weather",
    };

    /// <summary>A user message made of content parts (text and an image by URL).</summary>
    public static ChatCompletionRequest ContentParts() => new()
    {
        Model = "gpt-4o",
        Messages =
        [
            ChatMessage.User(
                ChatContentPart.Text("What is in this picture?"),
                ChatContentPart.ImageUrl("https://example.com/cat.png", ImageDetail.Low)),
        ],
        MaxCompletionTokens = 100,
        ToolChoice = ChatToolChoice.None,
        Tools = [ChatTool.Function("describe", "Describes an image.")],
        ResponseFormat = ChatResponseFormat.JsonObject,
    };

    /// <summary>A streamed request that forces a tool call (the client adds <c>stream</c> and <c>stream_options</c>).</summary>
    public static ChatCompletionRequest StreamWithTools() => new()
    {
        Model = "gpt-4o-mini",
        Messages = [ChatMessage.User("What is the weather in Paris?")],
        Tools = [ChatTool.Function("get_weather", "Gets the current weather for a city.", WeatherParameters, strict: true)],
        ToolChoice = ChatToolChoice.ForFunction("get_weather"),
        MaxCompletionTokens = 100,
        Seed = 7,
        Stop = ["END"],
        ServiceTier = ServiceTier.Auto,
    };
}
