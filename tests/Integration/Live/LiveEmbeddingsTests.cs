using System;
using System.Threading.Tasks;
using Oai.Embeddings;

namespace Oai.IntegrationTests.Live;

/// <summary>Embeddings against api.openai.com with text-embedding-3-small: three calls of about ten tokens each.</summary>
public sealed class LiveEmbeddingsTests
{
    private const string Sentence = "The food was delicious and the waiter was friendly.";

    [LiveFact]
    public async Task The_default_base64_encoding_decodes_to_the_vector_sent_as_floats()
    {
        using var client = LiveClient.Create();
        var request = new EmbeddingRequest { Model = "text-embedding-3-small", Input = Sentence };

        // No encoding_format: the client asks for base64 and decodes it.
        var base64 = await client.Embeddings.CreateAsync(request);
        var floats = await client.Embeddings.CreateAsync(request with { EncodingFormat = EmbeddingEncodingFormat.Float });

        Assert.StartsWith("text-embedding-3-small", base64.Model, StringComparison.Ordinal);
        var decoded = base64.GetVector(0).Span;
        var parsed = floats.GetVector(0).Span;
        Assert.Equal(1536, decoded.Length);
        Assert.Equal(parsed.Length, decoded.Length);

        // The service is not bit-for-bit deterministic across two calls (differences near 1e-4 have been reported), so
        // compare the vectors' directions: the same input must give the same embedding, whichever the encoding.
        Assert.True(
            Embedding.CosineSimilarity(decoded, parsed) > 0.9999,
            $"expected base64 and float to carry the same vector, cosine {Embedding.CosineSimilarity(decoded, parsed):R}");

        Assert.True(base64.Usage?.PromptTokens > 0, "expected the service to report the input's tokens");
    }

    [LiveFact]
    public async Task Dimensions_256_returns_a_unit_length_vector_of_256()
    {
        using var client = LiveClient.Create();
        var response = await client.Embeddings.CreateAsync(new EmbeddingRequest
        {
            Model = "text-embedding-3-small",
            Input = Sentence,
            Dimensions = 256,
        });

        var vector = response.GetVector(0).Span;
        Assert.Equal(256, vector.Length);

        // The service renormalises a shortened embedding, so a wrongly decoded one would show here too.
        var squares = 0.0;
        foreach (var component in vector)
        {
            squares += component * component;
        }

        Assert.InRange(Math.Sqrt(squares), 0.999, 1.001);
    }
}
