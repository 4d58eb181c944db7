using System;
using System.Text.Json;
using Oai.Embeddings;

namespace Oai.UnitTests.Responses;

/// <summary>Embedding vectors decode to the same floats from base64 and from JSON arrays.</summary>
public sealed class EmbeddingDecodingTests
{
    // Little-endian float32 of 0.5, -1.25, 3.0e-7, 1e30.
    private const string KnownBase64 = "AAAAPwAAoL+wD6E0yvJJcQ==";

    private static readonly float[] s_known = [0.5f, -1.25f, 3.0e-7f, 1e30f];

    private static CreateEmbeddingResponse Parse(string embeddingJson) => JsonSerializer.Deserialize(
        """{"object":"list","data":[{"object":"embedding","index":0,"embedding":""" + embeddingJson
            + """}],"model":"m","usage":{"prompt_tokens":1,"total_tokens":1}}""",
        RecordsJsonContext.Default.CreateEmbeddingResponse)!;

    [Fact]
    public void Base64_decodes_to_little_endian_floats()
    {
        Assert.Equal(s_known, Parse($"\"{KnownBase64}\"").Data[0].Vector.ToArray());
    }

    [Fact]
    public void A_json_array_parses_to_the_same_floats()
    {
        Assert.Equal(s_known, Parse("[0.5,-1.25,3.0e-7,1e30]").Data[0].Vector.ToArray());
    }

    [Fact]
    public void Base64_with_json_escapes_decodes_through_the_unescaped_text()
    {
        // "/" may be sent as "\/" and "+" as "\u002B"; the float with bits 0x3F03FAFB encodes to "+/oD...", giving both.
        // (A finite value: a signalling NaN would be quieted by Release code on its way through a float register.)
        var bytes = new byte[8];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), BitConverter.Int32BitsToSingle(0x3F03FAFB));
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), 2.5f);
        var base64 = Convert.ToBase64String(bytes);
        Assert.Contains("/", base64, StringComparison.Ordinal);
        Assert.Contains("+", base64, StringComparison.Ordinal);
        var escaped = base64.Replace("/", "\\/", StringComparison.Ordinal).Replace("+", "\\u002B", StringComparison.Ordinal);

        var vector = Parse($"\"{escaped}\"").Data[0].Vector.ToArray();

        Assert.Equal(2, vector.Length);
        Assert.Equal(0x3F03FAFB, BitConverter.SingleToInt32Bits(vector[0]));
        Assert.Equal(2.5f, vector[1]);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("[]")]
    public void Null_or_empty_is_an_empty_vector(string json)
    {
        Assert.True(Parse(json).Data[0].Vector.IsEmpty);
    }

    [Theory]
    [InlineData("\"AAAAPwAAoL8A\"")] // 9 bytes: not whole floats
    [InlineData("\"AAAA*wAA\"")] // not base64
    [InlineData("[0.5,\"x\"]")]
    [InlineData("{}")]
    public void Malformed_vectors_are_json_errors(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Parse(json));
    }

    [Fact]
    public void A_long_json_array_grows_past_the_first_pooled_buffer()
    {
        var numbers = new float[5000];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i / 8f;
        }

        var vector = Parse("[" + string.Join(",", numbers) + "]").Data[0].Vector;

        Assert.Equal(numbers, vector.ToArray());
    }

    [Fact]
    public void The_vector_writes_back_as_a_json_array()
    {
        var json = JsonSerializer.Serialize(Parse($"\"{KnownBase64}\"").Data[0], RecordsJsonContext.Default.Embedding);

        Assert.Equal("""{"index":0,"object":"embedding","embedding":[0.5,-1.25,3E-07,1E+30]}""", json);
    }

    [Fact]
    public void GetVector_finds_by_the_index_field_not_the_list_position()
    {
        var response = new CreateEmbeddingResponse
        {
            Data = [new Embedding { Index = 1, Vector = new float[] { 1f } }, new Embedding { Index = 0, Vector = new float[] { 0f } }],
        };

        Assert.Equal(0f, response.GetVector(0).Span[0]);
        Assert.Equal(1f, response.GetVector(1).Span[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => response.GetVector(2));
    }

    [Fact]
    public void Cosine_similarity_of_known_vectors()
    {
        float[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        float[] doubled = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22];
        float[] negated = [-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11];

        Assert.Equal(1f, Embedding.CosineSimilarity(x, doubled), 5);
        Assert.Equal(-1f, Embedding.CosineSimilarity(x, negated), 5);
        Assert.Equal(0f, Embedding.CosineSimilarity([1, 0], [0, 1]));
        Assert.Equal(0f, Embedding.CosineSimilarity([0, 0], [0, 1]));
        Assert.Equal(0.5f, Embedding.CosineSimilarity([1, 0], [0.5f, 0.8660254f]), 5);
        Assert.Throws<ArgumentException>(() => Embedding.CosineSimilarity([1], [1, 2]));
    }
}
