using System;
using System.Linq;
using System.Threading.Tasks;
using Oai.Embeddings;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Embeddings on the emulator: deterministic unit vectors, float and base64, <c>dimensions</c>.</summary>
public sealed class EmulatorEmbeddingsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_same_input_gives_the_same_unit_vector_in_float_and_base64(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var asFloat = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-small", Input = "The cat sat", EncodingFormat = EmbeddingEncodingFormat.Float });
        var asBase64 = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-small", Input = "The cat sat", EncodingFormat = EmbeddingEncodingFormat.Base64 });

        var vector = asFloat.Data[0].Vector;
        Assert.Equal(1536, vector.Length);
        Assert.Equal(vector.ToArray(), asBase64.Data[0].Vector.ToArray());
        Assert.Equal(1.0, Math.Sqrt(vector.ToArray().Sum(x => (double)x * x)), 5);
        Assert.Equal("text-embedding-3-small", asFloat.Model);
        Assert.Equal(3, asFloat.Usage!.PromptTokens);
        Assert.Equal(3, asFloat.Usage.TotalTokens);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Inputs_sharing_words_are_more_similar_than_unrelated_ones_and_dimensions_is_honoured(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var response = await client.Embeddings.CreateAsync(new EmbeddingRequest
        {
            Model = "text-embedding-3-large",
            Input = new[] { "the cat sat on the mat", "the cat sat on the sofa", "quantum chromodynamics lecture" },
            Dimensions = 256,
        });

        Assert.Equal([0, 1, 2], response.Data.Select(item => item.Index));
        Assert.All(response.Data, item => Assert.Equal(256, item.Vector.Length));
        var close = Embedding.CosineSimilarity(response.GetVector(0).Span, response.GetVector(1).Span);
        var far = Embedding.CosineSimilarity(response.GetVector(0).Span, response.GetVector(2).Span);
        Assert.True(close > 0.6, $"expected sentences sharing five of six words to be similar, got {close}");
        Assert.True(Math.Abs(far) < 0.3, $"expected unrelated sentences to be nearly orthogonal, got {far}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dimensions_on_ada_002_is_a_400_naming_the_parameter(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var error = await Assert.ThrowsAsync<OaiApiException>(() =>
            client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-ada-002", Input = "x", Dimensions = 8 }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("dimensions", error.Param);
        Assert.Equal("This model does not support specifying dimensions.", error.ApiMessage);
    }
}
