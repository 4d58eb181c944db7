using Oai.Embeddings;

namespace Oai.IntegrationTests.Contract;

/// <summary>Embedding requests as applications send them, for the contract table.</summary>
public static class EmbeddingContractRequests
{
    /// <summary>One string, leaving the encoding to the client (base64, decoded on arrival).</summary>
    public static EmbeddingRequest Text() => new()
    {
        Model = "text-embedding-3-small",
        Input = "The food was delicious and the waiter was friendly.",
        User = "user-7f3a",
    };

    /// <summary>Several strings as floats, shortened to 256 dimensions.</summary>
    public static EmbeddingRequest Strings() => new()
    {
        Model = "text-embedding-3-small",
        Input = EmbeddingInput.FromStringArray(["first document", "second document", "third document"]),
        EncodingFormat = EmbeddingEncodingFormat.Float,
        Dimensions = 256,
        User = "user-7f3a",
    };

    /// <summary>A tokenised input, base64 asked for explicitly.</summary>
    public static EmbeddingRequest Tokens() => new()
    {
        Model = "text-embedding-3-large",
        Input = EmbeddingInput.FromTokens([791, 3691, 574, 18406, 13]),
        EncodingFormat = EmbeddingEncodingFormat.Base64,
        Dimensions = 1024,
    };

    /// <summary>Two tokenised inputs, as an array of token arrays, on the older model.</summary>
    public static EmbeddingRequest TokenArrays() => new()
    {
        Model = "text-embedding-ada-002",
        Input = EmbeddingInput.FromTokenArrays([[791, 3691, 574, 18406, 13], [40, 1093, 433, 13]]),
        EncodingFormat = EmbeddingEncodingFormat.Float,
    };
}
