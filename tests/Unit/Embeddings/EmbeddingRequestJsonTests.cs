using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oai.Embeddings;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Embeddings;

/// <summary>The exact JSON an embeddings request serialises to, for each input shape and parameter.</summary>
public sealed class EmbeddingRequestJsonTests
{
    private static string Serialize(EmbeddingRequest request) =>
        JsonSerializer.Serialize(request, ClientJsonContext.Default.EmbeddingRequest);

    private static EmbeddingRequest Minimal(EmbeddingInput input) => new() { Model = "text-embedding-3-small", Input = input };

    [Fact]
    public void One_string()
    {
        Assert.Equal("""{"model":"text-embedding-3-small","input":"Hello, world!"}""", Serialize(Minimal("Hello, world!")));
    }

    [Fact]
    public void Several_strings()
    {
        Assert.Equal(
            """{"model":"text-embedding-3-small","input":["Hello, world!","This is a test."]}""",
            Serialize(Minimal(new[] { "Hello, world!", "This is a test." })));
    }

    [Fact]
    public void One_token_array()
    {
        Assert.Equal("""{"model":"text-embedding-3-small","input":[9906,11,1917,0]}""", Serialize(Minimal(EmbeddingInput.FromTokens([9906, 11, 1917, 0]))));
    }

    [Fact]
    public void Several_token_arrays()
    {
        Assert.Equal(
            """{"model":"text-embedding-3-small","input":[[9906],[2028,374]]}""",
            Serialize(Minimal(EmbeddingInput.FromTokenArrays([[9906], [2028, 374]]))));
    }

    [Fact]
    public void Every_parameter_is_sent_as_set()
    {
        using var extra = JsonDocument.Parse("""{"truncate":"END"}""");
        var request = Minimal("x") with
        {
            Dimensions = 256,
            EncodingFormat = EmbeddingEncodingFormat.Float,
            User = "user-1",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["truncate"] = extra.RootElement.GetProperty("truncate").Clone() },
        };

        Assert.Equal(
            """{"model":"text-embedding-3-small","input":"x","dimensions":256,"encoding_format":"float","user":"user-1","truncate":"END"}""",
            Serialize(request));
    }

    [Fact]
    public void Every_property_a_full_request_writes_is_named_by_the_schema_and_every_schema_property_can_be_sent()
    {
        var names = OpenApiSchemaScan.PropertyNames(File.ReadAllLines(RequestPaths.OpenApiYaml), "CreateEmbeddingRequest");
        var full = Minimal("x") with { Dimensions = 1, EncodingFormat = EmbeddingEncodingFormat.Base64, User = "u" };

        var written = JsonNode.Parse(Serialize(full))!.AsObject().Select(p => p.Key).ToHashSet();

        Assert.True(written.SetEquals(names), $"written: {string.Join(",", written.Order())}; schema: {string.Join(",", names.Order())}");
    }

    [Fact]
    public void Inputs_and_prompts_take_a_collection_expression_of_strings()
    {
        var request = new EmbeddingRequest { Model = "text-embedding-3-small", Input = ["first", "second"] };
        Oai.Completions.CompletionPrompt prompt = ["Say this is a test"];

        Assert.Equal("""{"model":"text-embedding-3-small","input":["first","second"]}""", Serialize(request));
        Assert.Equal(["Say this is a test"], prompt.Texts);
        Assert.Equal(["first", "second"], request.Input);
        Assert.Empty(Oai.Embeddings.EmbeddingInput.FromTokens([1, 2]));
    }
}
