using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Chat;

public class ChatRequestSchemaTests
{
    private static readonly string[] s_yaml = File.ReadAllLines(RequestPaths.OpenApiYaml);

    private static ISet<string> SchemaNames => OpenApiSchemaScan.PropertyNames(s_yaml, "CreateChatCompletionRequest");

    [Fact]
    public void Schema_scan_finds_the_request_and_composed_properties()
    {
        var names = SchemaNames;

        // From CreateChatCompletionRequest itself, CreateModelResponseProperties and ModelResponseProperties.
        string[] expected = ["messages", "model", "tools", "stream_options", "prompt_cache_options", "temperature", "top_p", "metadata", "safety_identifier"];
        Assert.All(expected, name => Assert.True(names.Contains(name), $"Expected the schema scan to find '{name}'; found {string.Join(", ", names.Order())}."));

        // Nested properties must not leak in.
        Assert.DoesNotContain("include_usage", names);
        Assert.DoesNotContain("user_location", names);
    }

    [Fact]
    public void Every_top_level_property_of_a_full_request_is_named_by_the_schema()
    {
        using var extra = JsonDocument.Parse("""{"top_k":40}""");
        var request = FullyPopulated() with
        {
            AdditionalProperties = new Dictionary<string, JsonElement> { ["top_k"] = extra.RootElement.GetProperty("top_k").Clone() },
        };
        var names = SchemaNames;

        var written = JsonNode.Parse(RequestJson.Serialize(request))!.AsObject().Select(p => p.Key).ToList();
        var unknown = written.Except(request.AdditionalProperties!.Keys).Where(name => !names.Contains(name)).ToList();

        Assert.True(unknown.Count == 0, $"The request writes properties the schema does not name: {string.Join(", ", unknown)}.");
        Assert.Contains("top_k", written);
    }

    [Fact]
    public void A_full_request_covers_every_current_schema_property_but_the_deprecated_function_calling_ones()
    {
        var written = JsonNode.Parse(RequestJson.Serialize(FullyPopulated()))!.AsObject().Select(p => p.Key).ToHashSet();

        var missing = SchemaNames.Except(written).Except(["functions", "function_call"]).Order().ToList();

        Assert.True(missing.Count == 0, $"The schema names properties the request cannot send: {string.Join(", ", missing)}.");
    }

    private static ChatCompletionRequest FullyPopulated() => new()
    {
        Model = "gpt-4o",
        Messages = [ChatMessage.Developer("Be brief."), ChatMessage.User("Hi")],
        Stream = true,
        StreamOptions = new StreamOptions { IncludeUsage = true, IncludeObfuscation = false },
        Store = true,
        Metadata = new Dictionary<string, string> { ["k"] = "v" },
        ServiceTier = ServiceTier.Auto,
        User = "user-1",
        SafetyIdentifier = "safe-1",
        PromptCacheKey = "cache-1",
        PromptCacheRetention = "24h",
        PromptCacheOptions = new ChatPromptCacheOptions { Ttl = "30m" },
        Temperature = 1,
        TopP = 1,
        N = 1,
        Stop = ["END"],
        Seed = 1,
        FrequencyPenalty = 0,
        PresencePenalty = 0,
        LogitBias = new Dictionary<string, int> { ["1"] = 1 },
        Logprobs = true,
        TopLogprobs = 1,
        MaxCompletionTokens = 10,
        MaxTokens = 10,
        ReasoningEffort = ReasoningEffort.Medium,
        Verbosity = Verbosity.Low,
        Modalities = [ChatModality.Text],
        Audio = new ChatAudioOptions { Voice = ChatVoice.Coral, Format = ChatAudioFormat.Mp3 },
        ResponseFormat = ChatResponseFormat.JsonObject,
        Prediction = new ChatPrediction { Content = "x" },
        WebSearchOptions = new ChatWebSearchOptions { SearchContextSize = WebSearchContextSize.Medium },
        Moderation = new ChatModerationOptions { Model = "omni-moderation-latest" },
        Tools = [ChatTool.Function("f", "d", """{"type":"object"}""")],
        ToolChoice = ChatToolChoice.Auto,
        ParallelToolCalls = true,
    };
}
