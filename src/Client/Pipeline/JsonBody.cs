using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Pipeline;

/// <summary>Serialises a request body once, through the source-generated context, into re-sendable content.</summary>
internal static class JsonBody
{
    private static readonly MediaTypeHeaderValue s_contentType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Creates content with a known length that a retried attempt can send again.</summary>
    public static HttpContent Create<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = s_contentType;
        return content;
    }
}
