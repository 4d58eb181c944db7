using System;
using System.Buffers;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Benchmarks.Support;

/// <summary>The identical bytes every implementation reads: a chat completion, two streams shaped as the service
/// sends them today (id, model, fingerprint, service tier and the <c>obfuscation</c> padding on every chunk), and
/// embeddings responses of 2,048 x 3,072.</summary>
public static class Canned
{
    public const int StreamChunks = 1000;
    public const int EmbeddingCount = 2048;
    public const int EmbeddingDimensions = 3072;

    public static readonly byte[] Completion = Encoding.UTF8.GetBytes(
        """{"id":"chatcmpl-CkVb9rQ1xYz2wE3rT4yU5iO6pA7sD","object":"chat.completion","created":1770950813,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant","content":"Hello! How can I assist you today?","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":11,"completion_tokens":9,"total_tokens":20,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"service_tier":"default","system_fingerprint":"fp_560af6e559"}""");

    /// <summary>A role chunk, 1,000 content chunks, a finish chunk, a usage chunk and <c>[DONE]</c>.</summary>
    public static readonly byte[] ContentStream = BuildStream(static i => $$"""{"content":" word{{i % 100}}"}""");

    /// <summary>A role chunk with the call's id and name, 1,000 argument fragments, a finish chunk, usage, <c>[DONE]</c>.</summary>
    public static readonly byte[] ToolStream = BuildStream(static i => i == 0
        ? """{"tool_calls":[{"index":0,"id":"call_Qm3xT0bJd8vE2kYp9sLw","type":"function","function":{"name":"get_weather","arguments":""}}]}"""
        : $$$"""{"tool_calls":[{"index":0,"function":{"arguments":"{{{(i % 2 == 0 ? "\\\"ci" : "ty\\\"")}}}"}}]}""");

    public static byte[] Chunk(string id, int i, string delta, string? finish = null) => Encoding.UTF8.GetBytes(ChunkText(id, i, delta, finish));

    private static string ChunkText(string id, int i, string delta, string? finish) =>
        $$"""data: {"id":"{{id}}","object":"chat.completion.chunk","created":1770950813,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":0,"delta":{{delta}},"logprobs":null,"finish_reason":{{finish ?? "null"}}}],"obfuscation":"{{Padding(i)}}"}""" + "\n\n";

    /// <summary>The random-looking padding the service adds to every chunk, of varying length.</summary>
    public static string Padding(int i) => "kT3pQ9xZ2mWv7".Substring(0, 1 + (i * 7 % 12));

    private static byte[] BuildStream(Func<int, string> delta)
    {
        const string Id = "chatcmpl-CkVb9rQ1xYz2wE3rT4yU5iO6pA7sD";
        var text = new StringBuilder();
        text.Append(ChunkText(Id, 0, """{"role":"assistant","content":"","refusal":null}""", null));
        for (var i = 0; i < StreamChunks; i++)
        {
            text.Append(ChunkText(Id, i + 1, delta(i), null));
        }

        text.Append(ChunkText(Id, StreamChunks + 1, "{}", "\"stop\""));
        text.Append("data: {\"id\":\"" + Id + "\",\"object\":\"chat.completion.chunk\",\"created\":1770950813,\"model\":\"gpt-4o-mini-2024-07-18\",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_560af6e559\",\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":1000,\"total_tokens\":1011},\"obfuscation\":\"x1\"}\n\n");
        text.Append("data: [DONE]\n\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[]? s_base64Embeddings;
    private static byte[]? s_floatEmbeddings;

    /// <summary>2,048 vectors of 3,072 dimensions as base64 (what every client asks for by default).</summary>
    public static byte[] Base64Embeddings => s_base64Embeddings ??= BuildEmbeddings(base64: true);

    /// <summary>The same vectors as JSON number arrays (<c>encoding_format: float</c>).</summary>
    public static byte[] FloatEmbeddings => s_floatEmbeddings ??= BuildEmbeddings(base64: false);

    private static byte[] BuildEmbeddings(bool base64)
    {
        // Deterministic values in the range real embeddings have (about -0.1 to 0.1).
        var random = new Random(20240101);
        var vector = new float[EmbeddingDimensions];
        var output = new ArrayBufferWriter<byte>(base64 ? 40 << 20 : 80 << 20);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteStartArray("data");
            for (var i = 0; i < EmbeddingCount; i++)
            {
                for (var d = 0; d < EmbeddingDimensions; d++)
                {
                    vector[d] = (float)((random.NextDouble() - 0.5) * 0.2);
                }

                writer.WriteStartObject();
                writer.WriteString("object", "embedding");
                writer.WriteNumber("index", i);
                writer.WritePropertyName("embedding");
                if (base64)
                {
                    writer.WriteBase64StringValue(MemoryMarshal.AsBytes(vector.AsSpan()));
                }
                else
                {
                    writer.WriteStartArray();
                    foreach (var value in vector)
                    {
                        writer.WriteNumberValue(value);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("model", "text-embedding-3-large");
            writer.WriteStartObject("usage");
            writer.WriteNumber("prompt_tokens", 16384);
            writer.WriteNumber("total_tokens", 16384);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }
}

/// <summary>Answers every request from memory with the same bytes; the request body is read to its end first, as a
/// server would, so serialising it is part of every implementation's cost.</summary>
public sealed class CannedHandler(byte[] body, string mediaType) : HttpMessageHandler
{
    private readonly MediaTypeHeaderValue _contentType = new(mediaType);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(System.IO.Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var answer = new ByteArrayContent(body);
        answer.Headers.ContentType = _contentType;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
