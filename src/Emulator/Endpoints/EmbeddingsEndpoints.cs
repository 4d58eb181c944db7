using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Oai.Embeddings;
using Oai.Emulator.Core;

namespace Oai.Emulator.Endpoints;

/// <summary><c>POST /v1/embeddings</c>: deterministic unit vectors (the same input always gives the same vector, and
/// inputs sharing words point the same way), float or base64, <c>dimensions</c> honoured as text-embedding-3 does.</summary>
internal static class EmbeddingsEndpoints
{
    public static void Map(Router router) => router.Map("POST", "embeddings", CreateAsync);

    private static async Task CreateAsync(EndpointContext context)
    {
        var model = context.RequireModel();
        if (context.Optional("input") is not { } input)
        {
            throw Errors.MissingField("input");
        }

        var inputs = Inputs(input);
        var dimensions = Dimensions(context, model);
        var base64 = context.Optional("encoding_format") is { ValueKind: JsonValueKind.String } format && format.ValueEquals("base64");

        var data = new List<Embedding>(inputs.Count);
        var tokens = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            tokens += Math.Max(1, Tokens.Of(inputs[i]));
            data.Add(new Embedding { Index = i, Vector = Vector(inputs[i], dimensions) });
        }

        var response = new CreateEmbeddingResponse { Data = data, Model = model, Usage = new EmbeddingUsage { PromptTokens = tokens, TotalTokens = tokens } };
        if (!base64)
        {
            await context.WriteJsonAsync(response, RecordsJsonContext.Default.CreateEmbeddingResponse).ConfigureAwait(false);
            return;
        }

        var node = JsonSerializer.SerializeToNode(response, RecordsJsonContext.Default.CreateEmbeddingResponse)!;
        var items = node["data"]!.AsArray();
        for (var i = 0; i < data.Count; i++)
        {
            items[i]!["embedding"] = Convert.ToBase64String(MemoryMarshal.AsBytes(data[i].Vector.Span));
        }

        await context.WriteJsonAsync(node).ConfigureAwait(false);
    }

    /// <summary>A string, an array of strings, or token arrays (read as their numbers' text).</summary>
    private static List<string> Inputs(JsonElement input)
    {
        var inputs = new List<string>();
        switch (input.ValueKind)
        {
            case JsonValueKind.String:
                inputs.Add(input.GetString()!);
                break;
            case JsonValueKind.Array when input.GetArrayLength() > 0:
                var tokens = input[0].ValueKind == JsonValueKind.Number;
                if (tokens)
                {
                    inputs.Add(input.GetRawText());
                    break;
                }

                foreach (var item in input.EnumerateArray())
                {
                    inputs.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
                }

                break;
        }

        if (inputs.Count == 0 || inputs.Exists(string.IsNullOrEmpty))
        {
            throw Errors.InvalidValue("input", "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.");
        }

        return inputs;
    }

    private static int Dimensions(EndpointContext context, string model)
    {
        var native = model switch
        {
            "text-embedding-3-large" => 3072,
            _ => 1536,
        };
        if (context.Optional("dimensions") is not { } requested)
        {
            return native;
        }

        if (model == "text-embedding-ada-002")
        {
            throw Errors.InvalidValue("dimensions", "This model does not support specifying dimensions.");
        }

        return requested.TryGetInt32(out var dimensions) && dimensions >= 1 && dimensions <= native
            ? dimensions
            : throw Errors.InvalidValue("dimensions", $"Invalid value for 'dimensions' = {requested.GetRawText()}. Must be between 1 and {native}.");
    }

    /// <summary>The sum of a pseudo-random vector per lower-cased word (seeded by the word's SHA-256), cut to
    /// <paramref name="dimensions"/> and scaled to length 1: deterministic, and sentences sharing words are similar.</summary>
    internal static float[] Vector(string text, int dimensions)
    {
        var sum = new double[dimensions];
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var seed = SHA256.HashData(Encoding.UTF8.GetBytes(word));
            var state = BitConverter.ToUInt64(seed, 0) | 1;
            for (var i = 0; i < dimensions; i++)
            {
                // xorshift64*: cheap, and the same sequence on every platform.
                state ^= state >> 12;
                state ^= state << 25;
                state ^= state >> 27;
                sum[i] += ((state * 0x2545F4914F6CDD1DUL) >> 11) / (double)(1UL << 53) * 2 - 1;
            }
        }

        var length = 0.0;
        foreach (var value in sum)
        {
            length += value * value;
        }

        length = Math.Sqrt(length);
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = length == 0 ? (i == 0 ? 1f : 0f) : (float)(sum[i] / length);
        }

        return vector;
    }
}
