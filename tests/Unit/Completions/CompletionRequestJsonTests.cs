using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oai.Chat;
using Oai.Completions;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Completions;

/// <summary>The exact JSON a legacy completion request sends, for each prompt shape and parameter.</summary>
public sealed class CompletionRequestJsonTests
{
    private static readonly string[] s_yaml = File.ReadAllLines(RequestPaths.OpenApiYaml);

    private static string Serialize(CompletionRequest request) =>
        JsonSerializer.Serialize(request, ClientJsonContext.Default.CompletionRequest);

    private static CompletionRequest Minimal(CompletionPrompt prompt) => new() { Model = "gpt-3.5-turbo-instruct", Prompt = prompt };

    [Fact]
    public void A_string_prompt_is_a_json_string_after_the_model()
    {
        Assert.Equal("""{"model":"gpt-3.5-turbo-instruct","prompt":"Say this is a test"}""", Serialize(Minimal("Say this is a test")));
    }

    [Fact]
    public void An_array_of_strings_is_a_json_array_of_strings()
    {
        Assert.Equal(
            """{"model":"gpt-3.5-turbo-instruct","prompt":["one","two \u0022quoted\u0022"]}""",
            Serialize(Minimal(new[] { "one", "two \"quoted\"" })));
    }

    [Fact]
    public void Token_ids_are_a_json_array_of_integers()
    {
        Assert.Equal(
            """{"model":"gpt-3.5-turbo-instruct","prompt":[1212,318,257,1332]}""",
            Serialize(Minimal(CompletionPrompt.FromTokens([1212, 318, 257, 1332]))));
    }

    [Fact]
    public void Several_token_sequences_are_a_json_array_of_integer_arrays()
    {
        Assert.Equal(
            """{"model":"gpt-3.5-turbo-instruct","prompt":[[1212,318],[50256]]}""",
            Serialize(Minimal(CompletionPrompt.FromTokenArrays([[1212, 318], [50256]]))));
    }

    [Fact]
    public void Every_parameter_is_sent_as_set()
    {
        using var extra = JsonDocument.Parse("""{"top_k":40}""");
        var request = Minimal("Once upon a time") with
        {
            Suffix = "The end.",
            MaxTokens = 64,
            Temperature = 0.7,
            TopP = 0.9,
            N = 2,
            BestOf = 3,
            Stop = ["\n", "END"],
            Echo = true,
            Logprobs = 2,
            LogitBias = new Dictionary<string, int> { ["50256"] = -100 },
            FrequencyPenalty = 0.5,
            PresencePenalty = -0.25,
            Seed = 9007199254740993,
            User = "user-1",
            Stream = false,
            StreamOptions = new StreamOptions { IncludeUsage = true },
            AdditionalProperties = new Dictionary<string, JsonElement> { ["top_k"] = extra.RootElement.GetProperty("top_k").Clone() },
        };

        RequestJson.Equal(
            """
            {"model":"gpt-3.5-turbo-instruct","prompt":"Once upon a time","suffix":"The end.","max_tokens":64,
             "temperature":0.7,"top_p":0.9,"n":2,"best_of":3,"stop":["\n","END"],"echo":true,"logprobs":2,
             "logit_bias":{"50256":-100},"frequency_penalty":0.5,"presence_penalty":-0.25,"seed":9007199254740993,
             "user":"user-1","stream":false,"stream_options":{"include_usage":true},"top_k":40}
            """,
            Serialize(request));
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("[\"a\",\"b\"]")]
    [InlineData("[1,2,3]")]
    [InlineData("[[1,2],[3]]")]
    public void Each_prompt_shape_reads_back_and_writes_the_same_json(string prompt)
    {
        var json = $$"""{"model":"m","prompt":{{prompt}}}""";

        var request = JsonSerializer.Deserialize(json, ClientJsonContext.Default.CompletionRequest)!;

        Assert.Equal(json, Serialize(request));
    }

    [Fact]
    public void Prompts_compare_by_value()
    {
        Assert.Equal(CompletionPrompt.FromTokenArrays([[1, 2], [3]]), CompletionPrompt.FromTokenArrays([[1, 2], [3]]));
        Assert.Equal((CompletionPrompt)new[] { "a", "b" }, CompletionPrompt.FromStringArray(["a", "b"]));
        Assert.NotEqual<TextOrTokens>(CompletionPrompt.FromTokens([1]), Oai.Embeddings.EmbeddingInput.FromTokens([1]));
        Assert.Equal("[2 token arrays]", CompletionPrompt.FromTokenArrays([[1], [2]]).ToString());
    }

    [Fact]
    public void Every_property_a_full_request_writes_is_named_by_the_schema_and_every_schema_property_can_be_sent()
    {
        var names = OpenApiSchemaScan.PropertyNames(s_yaml, "CreateCompletionRequest");
        var full = Minimal("p") with
        {
            Suffix = "s",
            MaxTokens = 1,
            Temperature = 1,
            TopP = 1,
            N = 1,
            BestOf = 1,
            Stop = ["x"],
            Echo = false,
            Logprobs = 0,
            LogitBias = new Dictionary<string, int>(),
            FrequencyPenalty = 0,
            PresencePenalty = 0,
            Seed = 1,
            User = "u",
            Stream = true,
            StreamOptions = new StreamOptions(),
        };

        var written = JsonNode.Parse(Serialize(full))!.AsObject().Select(p => p.Key).ToHashSet();

        Assert.Empty(written.Except(names));
        Assert.Empty(names.Except(written));
    }
}
