using System.Collections.Generic;
using Oai.Chat;
using Oai.Responses;

namespace Oai.IntegrationTests.Contract;

/// <summary>Responses requests as applications send them, for the contract table.</summary>
public static class ResponseContractRequests
{
    private const string WeatherParameters = """{"type":"object","properties":{"location":{"type":"string"}},"required":["location"],"additionalProperties":false}""";

    /// <summary>A model and a text input.</summary>
    public static ResponseRequest Minimal() => new() { Model = "gpt-4o-mini", Input = "Say hello" };

    /// <summary>Every create parameter the record models, with tool call and output items as input.</summary>
    /// <remarks>Input messages (<c>{"type": "message", "role": "user", "content": [{"type": "input_text", ...}]}</c>,
    /// exactly what openai-dotnet sends and the service accepts in ../shared/recordings) are not in this table: Steady
    /// resolves the <c>type</c> discriminator of the published <c>InputItem</c> union to no variant and rejects every
    /// message item (E3008 at body.input). Their JSON is checked against the recorded requests instead
    /// (tests/Unit/Responses/ResponsesClientReplayTests.cs).</remarks>
    public static ResponseRequest Full() => new()
    {
        Model = "gpt-4o-mini",
        Instructions = "Answer briefly.",
        Input =
        [
            new FunctionCallItem { CallId = "call_1", Name = "get_weather", Arguments = """{"location":"Paris"}""" },
            ResponseItem.FunctionCallOutput("call_1", """{"temperature":21}"""),
        ],
        Tools =
        [
            ResponseTool.Function("get_weather", "Gets the weather", WeatherParameters, strict: true),
            ResponseTool.WebSearch(),
            ResponseTool.FileSearch("vs_abc123"),
            ResponseTool.CodeInterpreter("file-abc123"),
            ResponseTool.ImageGeneration(),
            ResponseTool.Mcp("dice", "https://dice.example.com/mcp", "never"),
            ResponseTool.Custom("run_sql", "Runs a SQL query"),
        ],
        ToolChoice = ResponseToolChoice.Auto,
        ParallelToolCalls = true,
        MaxToolCalls = 5,
        Text = new ResponseTextOptions { Format = ResponseTextFormat.Text, Verbosity = Verbosity.Low },
        Reasoning = new ResponseReasoningOptions { Effort = ReasoningEffort.Low, Summary = "auto" },
        MaxOutputTokens = 400,
        Temperature = 0.5,
        TopP = 0.9,
        TopLogprobs = 2,
        Store = true,
        Metadata = new Dictionary<string, string> { ["topic"] = "contract" },
        ServiceTier = ServiceTier.Flex,
        Truncation = "auto",
        Include = ["message.output_text.logprobs"],
        PromptCacheKey = "contract-cache",
        PromptCacheRetention = "24h",
        SafetyIdentifier = "user-7f3a",
    };

    /// <summary>Structured output with a named function as the required tool, continuing a previous response.</summary>
    public static ResponseRequest StructuredContinuation() => new()
    {
        Model = "gpt-4o-mini",
        PreviousResponseId = "resp_abc123",
        Input = [ResponseItem.FunctionCallOutput("call_0", "three animals: cat, dog, owl")],
        Text = new ResponseTextOptions
        {
            Format = ResponseTextFormat.JsonSchema("animals", """{"type":"object","properties":{"names":{"type":"array","items":{"type":"string"}}},"required":["names"],"additionalProperties":false}""", strict: true),
        },
        Tools = [ResponseTool.Function("get_weather", "Gets the weather", WeatherParameters, strict: true)],
        ToolChoice = ResponseToolChoice.Function("get_weather"),
        Background = true,
    };

    /// <summary>A response in a conversation.</summary>
    public static ResponseRequest InConversation() => new() { Model = "gpt-4o-mini", Conversation = "conv_abc123", Input = "Tell me a joke." };

    /// <summary>A conversation to compact.</summary>
    public static ResponseCompactRequest Compact() => new()
    {
        Model = "gpt-4o-mini",
        Input = "Create a landing page.",
        Instructions = "Be brief.",
    };
}
