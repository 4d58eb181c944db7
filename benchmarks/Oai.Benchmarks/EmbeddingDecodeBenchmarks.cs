using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Oai.Embeddings;

namespace Oai.Benchmarks;

/// <summary>Parses one embeddings response of 2,048 vectors of 3,072 dimensions (text-embedding-3-large at the
/// request limit) through <see cref="RecordsJsonContext"/>: base64 as the client asks for by default, and the JSON
/// float arrays the service sends for <c>encoding_format: float</c>.</summary>
[MemoryDiagnoser]
public class EmbeddingDecodeBenchmarks
{
    private const int Count = 2048;
    private const int Dimensions = 3072;

    private byte[] _base64Json = [];
    private byte[] _floatJson = [];

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic values in the range real embeddings have (about -0.1 to 0.1).
        var random = new Random(20240101);
        var vector = new float[Dimensions];
        var base64 = new ArrayBufferWriter<byte>(64 * 1024 * 1024);
        var floats = new ArrayBufferWriter<byte>(128 * 1024 * 1024);
        using (var b = new Utf8JsonWriter(base64))
        using (var f = new Utf8JsonWriter(floats))
        {
            Begin(b);
            Begin(f);
            for (var i = 0; i < Count; i++)
            {
                for (var d = 0; d < Dimensions; d++)
                {
                    vector[d] = (float)((random.NextDouble() - 0.5) * 0.2);
                }

                BeginItem(b, i);
                b.WriteBase64StringValue(MemoryMarshal.AsBytes(vector.AsSpan()));
                b.WriteEndObject();

                BeginItem(f, i);
                f.WriteStartArray();
                foreach (var value in vector)
                {
                    f.WriteNumberValue(value);
                }

                f.WriteEndArray();
                f.WriteEndObject();
            }

            End(b);
            End(f);
        }

        _base64Json = base64.WrittenSpan.ToArray();
        _floatJson = floats.WrittenSpan.ToArray();

        // The service sends base64 unescaped; so must this body, or the benchmark would time the escaped path.
        if (_base64Json.AsSpan().Contains((byte)'\\'))
        {
            throw new InvalidOperationException("The generated base64 body contains JSON escapes.");
        }
        Console.WriteLine($"// base64 body: {_base64Json.Length:N0} bytes; float body: {_floatJson.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public float Base64() => Last(JsonSerializer.Deserialize(_base64Json, RecordsJsonContext.Default.CreateEmbeddingResponse)!);

    [Benchmark]
    public float Float() => Last(JsonSerializer.Deserialize(_floatJson, RecordsJsonContext.Default.CreateEmbeddingResponse)!);

    private static float Last(CreateEmbeddingResponse response) => response.Data[^1].Vector.Span[^1];

    private static void Begin(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
    }

    private static void BeginItem(Utf8JsonWriter writer, int index)
    {
        writer.WriteStartObject();
        writer.WriteString("object", "embedding");
        writer.WriteNumber("index", index);
        writer.WritePropertyName("embedding");
    }

    private static void End(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteString("model", "text-embedding-3-large");
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", 16384);
        writer.WriteNumber("total_tokens", 16384);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
