using System;
using System.Linq;
using System.Threading.Tasks;
using Oai.Embeddings;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/embeddings.md, compiled and run against MockHttp so the guide cannot rot.</summary>
public sealed class EmbeddingsDocSamples
{
    // docs/embeddings.md: "Embed texts and compare them"
    // docs:begin embeddings-1
    public static async Task<float> CompareAsync(OaiClient client)
    {
        var request = new EmbeddingRequest
        {
            Model = "text-embedding-3-small",
            Input = new[] { "Hello, world!", "This is a test.", "Goodbye!" },
            Dimensions = 456,
        };

        CreateEmbeddingResponse response = await client.Embeddings.CreateAsync(request);

        ReadOnlyMemory<float> hello = response.GetVector(0);   // by the input's position, not the list order
        ReadOnlyMemory<float> goodbye = response.GetVector(2);
        Console.WriteLine($"{response.Data.Count} vectors of {hello.Length} floats, {response.Usage?.PromptTokens} tokens");
        return Embedding.CosineSimilarity(hello.Span, goodbye.Span);
    }
    // docs:end

    // docs/embeddings.md: "Floats on the wire"
    // docs:begin embeddings-2
    public static EmbeddingRequest AsFloats() => new()
    {
        Model = "text-embedding-3-small",
        Input = EmbeddingInput.FromTokens([9906, 11, 1917, 0]),
        EncodingFormat = EmbeddingEncodingFormat.Float, // a JSON array per vector; Vector reads the same
    };
    // docs:end

    [Fact]
    public async Task Compare_sample_returns_the_similarity_of_two_recorded_vectors()
    {
        var entry = Recording.LoadEntries("openai-dotnet", "EmbeddingsTests", "GenerateMultipleEmbeddings(UsingStrings).json").Single();
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", entry.BodyJson);
        using var client = TestClients.Create(mock);

        var similarity = await CompareAsync(client);

        Assert.InRange(similarity, 0.1f, 0.9f);
    }

    [Fact]
    public void Float_sample_sends_float()
    {
        Assert.Equal(
            """{"model":"text-embedding-3-small","input":[9906,11,1917,0],"encoding_format":"float"}""",
            System.Text.Json.JsonSerializer.Serialize(AsFloats(), ClientJsonContext.Default.EmbeddingRequest));
    }
}
