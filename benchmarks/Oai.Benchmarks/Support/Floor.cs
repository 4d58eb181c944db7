using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Benchmarks.Support;

/// <summary>The floor: what any client must at least do. <see cref="HttpClient"/>, the BCL's <see cref="SseParser"/>
/// and source-generated JSON into minimal types that keep only what a caller reads (no unknown fields, no null rule,
/// no telemetry, no retries, no error mapping).</summary>
public sealed class Floor(HttpMessageHandler handler, Uri baseUrl) : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue s_eventStream = new("text/event-stream");
    private readonly HttpClient _http = new(handler) { BaseAddress = baseUrl };

    public async Task<FloorCompletion> ChatAsync(FloorRequest request)
    {
        using var message = Post("chat/completions", request);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(body, FloorJsonContext.Default.FloorCompletion).ConfigureAwait(false))!;
    }

    /// <summary>Streams the chunks, stopping at <c>[DONE]</c>; <paramref name="onChunk"/> sees each.</summary>
    public async IAsyncEnumerable<FloorChunk> StreamAsync(FloorRequest request)
    {
        using var message = Post("chat/completions", request with { Stream = true });
        message.Headers.Accept.Add(s_eventStream);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var parser = SseParser.Create(body, static (_, data) =>
            data.SequenceEqual("[DONE]"u8) ? null : JsonSerializer.Deserialize(data, FloorJsonContext.Default.FloorChunk));
        await foreach (var item in parser.EnumerateAsync().ConfigureAwait(false))
        {
            if (item.Data is null)
            {
                yield break;
            }

            yield return item.Data;
        }
    }

    public async Task<float[][]> EmbeddingsAsync(FloorEmbeddingRequest request)
    {
        using var message = Post("embeddings", request);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var parsed = (await JsonSerializer.DeserializeAsync(body, FloorJsonContext.Default.FloorEmbeddings).ConfigureAwait(false))!;
        var vectors = new float[parsed.Data.Length][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = parsed.Data[i].Embedding.Vector;
        }

        return vectors;
    }

    public async Task<string> UploadAsync(Stream content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("fine-tune"), "purpose");
        var file = new StreamContent(content, 64 * 1024);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var response = await _http.PostAsync("files", form).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    public async Task<long> DownloadAsync(string fileId, Stream destination)
    {
        using var response = await _http.GetAsync($"files/{fileId}/content", HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await body.CopyToAsync(destination).ConfigureAwait(false);
        return destination.CanSeek ? destination.Length : 0;
    }

    public void Dispose() => _http.Dispose();

    private static HttpRequestMessage Post<T>(string path, T body)
        where T : class
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)FloorJsonContext.Default.GetTypeInfo(typeof(T))!)),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk-benchmark-000000000000000000");
        return message;
    }
}

public sealed record FloorRequest(string Model, FloorMessage[] Messages, double? Temperature = null, bool? Stream = null);

public sealed record FloorMessage(string Role, string? Content);

public sealed record FloorCompletion(string Id, string Model, FloorChoice[] Choices, FloorUsage? Usage);

public sealed record FloorChoice(int Index, FloorMessage Message, string? FinishReason);

public sealed record FloorUsage(int PromptTokens, int CompletionTokens, int TotalTokens);

public sealed record FloorChunk(string Id, string Model, FloorChunkChoice[] Choices, FloorUsage? Usage);

public sealed record FloorChunkChoice(int Index, FloorDelta Delta, string? FinishReason);

public sealed record FloorDelta(string? Role, string? Content, FloorToolCallDelta[]? ToolCalls);

public sealed record FloorToolCallDelta(int Index, string? Id, FloorFunctionDelta? Function);

public sealed record FloorFunctionDelta(string? Name, string? Arguments);

public sealed record FloorEmbeddingRequest(string Model, string[] Input, string EncodingFormat);

public sealed record FloorEmbeddings(FloorEmbedding[] Data, string Model);

public sealed record FloorEmbedding(int Index, FloorVector Embedding);

/// <summary>An embedding as either base64 (decoded straight into floats) or a JSON number array.</summary>
[JsonConverter(typeof(FloorVectorConverter))]
public sealed record FloorVector(float[] Vector);

internal sealed class FloorVectorConverter : JsonConverter<FloorVector>
{
    public override FloorVector Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // Decoded straight into the vector: the floats' own bytes are the only allocation.
            var floats = new float[Base64.GetMaxDecodedFromUtf8Length(reader.ValueSpan.Length) / sizeof(float)];
            Base64.DecodeFromUtf8(reader.ValueSpan, MemoryMarshal.AsBytes(floats.AsSpan()), out _, out var written);
            return new FloorVector(written == floats.Length * sizeof(float) ? floats : floats[..(written / sizeof(float))]);
        }

        var values = new List<float>(3072);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.GetSingle());
        }

        return new FloorVector(values.ToArray());
    }

    public override void Write(Utf8JsonWriter writer, FloorVector value, JsonSerializerOptions options) => throw new NotSupportedException();
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorRequest))]
[JsonSerializable(typeof(FloorCompletion))]
[JsonSerializable(typeof(FloorChunk))]
[JsonSerializable(typeof(FloorEmbeddingRequest))]
[JsonSerializable(typeof(FloorEmbeddings))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;

/// <summary>What the floor's accumulator is: the text and the arguments appended, nothing else kept.</summary>
public sealed class FloorAccumulator
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _arguments = new();

    public void Append(FloorChunk chunk)
    {
        if (chunk.Choices is [var choice, ..])
        {
            _text.Append(choice.Delta.Content);
            if (choice.Delta.ToolCalls is [var call, ..])
            {
                _arguments.Append(call.Function?.Arguments);
            }
        }
    }

    public int Build() => _text.ToString().Length + _arguments.ToString().Length;
}
