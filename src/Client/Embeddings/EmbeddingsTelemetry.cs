using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Embeddings;

/// <summary>Span attributes of an embeddings call. Inputs are never captured, whatever the content setting.</summary>
internal static class EmbeddingsTelemetry
{
    /// <summary>The encoding the client sends: the caller's, or base64.</summary>
    public static EmbeddingEncodingFormat SentFormat(EmbeddingRequest request) =>
        request.EncodingFormat ?? EmbeddingEncodingFormat.Base64;

    public static void RequestTags(EmbeddingRequest request, ref TagList tags)
    {
        tags.Add(GenAi.RequestEncodingFormats, new[] { SentFormat(request).Value });
        if (request.Dimensions is { } dimensions)
        {
            tags.Add(GenAi.EmbeddingsDimensionCount, dimensions);
        }
    }

    public static void Response(CreateEmbeddingResponse result, ResponseInfo info)
    {
        info.ObserveHeader(string.Empty, result.Model, serviceTier: null, systemFingerprint: null);
        info.InputTokens = result.Usage?.ReportedPromptTokens;
        // The request's dimensions are a start tag; the length the service returned confirms it (or stands in
        // for it when the request left the model's default).
        if (result.Data.Count > 0)
        {
            info.AddExtra(GenAi.EmbeddingsDimensionCount, result.Data[0].Vector.Length);
        }
    }
}
