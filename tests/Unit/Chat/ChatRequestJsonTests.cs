using System.Collections.Generic;
using System.Text.Json;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Chat;

public class ChatRequestJsonTests
{
    private static ChatCompletionRequest Minimal => new()
    {
        Model = "gpt-4o-mini",
        Messages = [ChatMessage.User("Say hello")],
    };

    [Fact]
    public void Minimal_request_writes_only_messages_and_model_in_that_order()
    {
        var json = RequestJson.Serialize(Minimal);

        Assert.Equal("""{"messages":[{"role":"user","content":"Say hello"}],"model":"gpt-4o-mini"}""", json);
    }

    [Fact]
    public void Sampling_parameters_are_sent_as_set()
    {
        var request = Minimal with
        {
            Temperature = 0.7,
            TopP = 0.9,
            N = 2,
            Seed = 9007199254740993,
            FrequencyPenalty = 0.5,
            PresencePenalty = -0.25,
            Logprobs = true,
            TopLogprobs = 5,
            MaxCompletionTokens = 256,
            MaxTokens = 128,
            ReasoningEffort = ReasoningEffort.Low,
            Verbosity = Verbosity.High,
            LogitBias = new Dictionary<string, int> { ["50256"] = -100, ["1734"] = 5 },
        };

        var json = RequestJson.Serialize(request);

        RequestJson.Equal(
            """
            {"messages":[{"role":"user","content":"Say hello"}],"model":"gpt-4o-mini",
             "temperature":0.7,"top_p":0.9,"n":2,"seed":9007199254740993,"frequency_penalty":0.5,
             "presence_penalty":-0.25,"logit_bias":{"50256":-100,"1734":5},"logprobs":true,"top_logprobs":5,
             "max_completion_tokens":256,"max_tokens":128,"reasoning_effort":"low","verbosity":"high"}
            """,
            json);
        Assert.Contains("\"temperature\":0.7,", json, System.StringComparison.Ordinal);
        Assert.Contains("\"seed\":9007199254740993,", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_open_values_are_sent_unchanged()
    {
        var request = Minimal with { ReasoningEffort = ReasoningEffort.Create("ultra"), Verbosity = new Verbosity("terse") };

        Assert.Equal("\"ultra\"", RequestJson.Property(request, "reasoning_effort"));
        Assert.Equal("\"terse\"", RequestJson.Property(request, "verbosity"));
    }

    [Fact]
    public void Stop_is_sent_as_an_array_even_with_one_sequence()
    {
        Assert.Equal("""["\n"]""", RequestJson.Property(Minimal with { Stop = ["\n"] }, "stop"));
        Assert.Equal("""["END","STOP"]""", RequestJson.Property(Minimal with { Stop = ["END", "STOP"] }, "stop"));
    }

    [Fact]
    public void Stream_and_stream_options_are_sent_as_set()
    {
        var request = Minimal with
        {
            Stream = true,
            StreamOptions = new StreamOptions { IncludeUsage = true, IncludeObfuscation = false },
        };

        Assert.Equal("true", RequestJson.Property(request, "stream"));
        Assert.Equal("""{"include_usage":true,"include_obfuscation":false}""", RequestJson.Property(request, "stream_options"));
        Assert.Equal("""{"include_usage":true}""", RequestJson.Property(Minimal with { StreamOptions = new() { IncludeUsage = true } }, "stream_options"));
    }

    [Fact]
    public void Storage_identity_and_caching_parameters_are_sent_as_set()
    {
        var request = Minimal with
        {
            Store = true,
            Metadata = new Dictionary<string, string> { ["session"] = "abc", ["team"] = "search" },
            ServiceTier = ServiceTier.Flex,
            User = "user-1234",
            SafetyIdentifier = "hash-42",
            PromptCacheKey = "cache-key",
            PromptCacheRetention = "24h",
            PromptCacheOptions = new ChatPromptCacheOptions { Ttl = "30m", Mode = "explicit" },
        };

        RequestJson.Equal(
            """
            {"messages":[{"role":"user","content":"Say hello"}],"model":"gpt-4o-mini","store":true,
             "metadata":{"session":"abc","team":"search"},"service_tier":"flex","user":"user-1234",
             "safety_identifier":"hash-42","prompt_cache_key":"cache-key","prompt_cache_retention":"24h",
             "prompt_cache_options":{"ttl":"30m","mode":"explicit"}}
            """,
            RequestJson.Serialize(request));
    }

    [Fact]
    public void Output_parameters_are_sent_as_set()
    {
        var request = Minimal with
        {
            Modalities = [ChatModality.Text, ChatModality.Audio],
            Audio = new ChatAudioOptions { Voice = ChatVoice.Alloy, Format = ChatAudioFormat.Wav },
            Prediction = new ChatPrediction { Content = "class Foo {}" },
            WebSearchOptions = new ChatWebSearchOptions
            {
                SearchContextSize = WebSearchContextSize.Low,
                UserLocation = new ChatWebSearchUserLocation
                {
                    Approximate = new ChatApproximateLocation { Country = "GB", City = "London", Timezone = "Europe/London" },
                },
            },
            Moderation = new ChatModerationOptions
            {
                Model = "omni-moderation-latest",
                Policy = new ChatModerationPolicy { Input = ChatModerationMode.Block, Output = ChatModerationMode.Score },
            },
        };

        RequestJson.Equal(
            """
            {"messages":[{"role":"user","content":"Say hello"}],"model":"gpt-4o-mini",
             "modalities":["text","audio"],"audio":{"voice":"alloy","format":"wav"},
             "prediction":{"type":"content","content":"class Foo {}"},
             "web_search_options":{"user_location":{"type":"approximate","approximate":{"country":"GB","city":"London","timezone":"Europe/London"}},"search_context_size":"low"},
             "moderation":{"model":"omni-moderation-latest","policy":{"input":{"mode":"block"},"output":{"mode":"score"}}}}
            """,
            RequestJson.Serialize(request));
    }

    [Fact]
    public void Prediction_with_parts_is_sent_as_an_array_of_text_parts()
    {
        var request = Minimal with { Prediction = new ChatPrediction { Content = new[] { ChatContentPart.Text("a"), ChatContentPart.Text("b") } } };

        Assert.Equal(
            """{"type":"content","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}""",
            RequestJson.Property(request, "prediction"));
    }

    [Fact]
    public void Additional_properties_are_written_as_top_level_fields()
    {
        using var extra = JsonDocument.Parse("""{"top_k":40,"repetition_penalty":1.1,"chat_template_kwargs":{"enable_thinking":false}}""");
        var request = Minimal with
        {
            AdditionalProperties = new Dictionary<string, JsonElement>
            {
                ["top_k"] = extra.RootElement.GetProperty("top_k").Clone(),
                ["chat_template_kwargs"] = extra.RootElement.GetProperty("chat_template_kwargs").Clone(),
            },
        };

        var json = RequestJson.Serialize(request);

        Assert.Equal(
            """{"messages":[{"role":"user","content":"Say hello"}],"model":"gpt-4o-mini","top_k":40,"chat_template_kwargs":{"enable_thinking":false}}""",
            json);
    }

    [Fact]
    public void Empty_collections_that_were_set_are_sent_but_unset_ones_are_not()
    {
        var json = RequestJson.Serialize(Minimal with { Tools = [] });

        Assert.Equal("""{"messages":[{"role":"user","content":"Say hello"}],"model":"gpt-4o-mini","tools":[]}""", json);
    }
}
