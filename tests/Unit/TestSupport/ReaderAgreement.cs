using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Oai.UnitTests.TestSupport;

/// <summary>Holds a hand-written record reader (<c>ChatChunkReader</c>, <c>ChatCompletionReader</c>) to the
/// source-generated serializer on the same bytes: the same record, or the same <see cref="JsonException"/> at the same path.</summary>
internal static class ReaderAgreement
{
    /// <summary>Asserts that <paramref name="read"/> ends as the serializer does on <paramref name="json"/>.</summary>
    /// <param name="json">The bytes.</param>
    /// <param name="type">The serializer's contract for the record.</param>
    /// <param name="read">The hand-written reader.</param>
    /// <param name="print">Everything the record holds as text (the serializer's output, plus what it does not write).</param>
    /// <param name="unknown">Every unknown-field dictionary in the record, compared element by element (kind and raw text).</param>
    public static void AssertSameOutcome<T>(
        byte[] json, JsonTypeInfo<T> type, Func<byte[], T?> read, Func<T, string> print, Func<T, IEnumerable<IDictionary<string, JsonElement>?>> unknown)
        where T : class
    {
        var (expected, expectedFailure) = Serializer(json, type);
        T? actual = null;
        JsonException? actualFailure = null;
        try
        {
            actual = read(json);
        }
        catch (JsonException ex)
        {
            actualFailure = ex;
        }

        var text = Encoding.UTF8.GetString(json);
        string Print(T? value) => value is null ? "null" : print(value);
        if (expectedFailure is not null)
        {
            Assert.True(actualFailure is not null, $"Expected {text} to fail as the serializer's did ({expectedFailure.Message}), got {Print(actual)}.");
            Assert.True(expectedFailure.Path == actualFailure.Path, $"Expected {text} to fail at {expectedFailure.Path ?? "(no path)"}, got {actualFailure.Path ?? "(no path)"} ({actualFailure.Message}).");
            return;
        }

        Assert.True(actualFailure is null, $"Expected {text} to read, as the serializer read it, but: {actualFailure?.Message}");
        Assert.Equal(Print(expected), Print(actual));
        Assert.Equal(expected is null ? [] : unknown(expected).Select(Fields), actual is null ? [] : unknown(actual).Select(Fields));
    }

    /// <summary>Asserts that the serializer rejects <paramref name="json"/> (a damaged input must be one).</summary>
    public static void AssertSerializerRejects<T>(byte[] json, JsonTypeInfo<T> type)
    {
        var (value, failure) = Serializer(json, type);
        Assert.True(failure is not null, $"Expected the serializer to reject {Encoding.UTF8.GetString(json)} (got {value}).");
    }

    /// <summary>A JSON text with two invalid UTF-8 bytes in place of its <c>__</c>.</summary>
    public static byte[] WithInvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = bytes.AsSpan().IndexOf("__"u8);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        return bytes;
    }

    private static (T? Value, JsonException? Failure) Serializer<T>(byte[] json, JsonTypeInfo<T> type)
    {
        try
        {
            return (JsonSerializer.Deserialize(json, type), null);
        }
        catch (JsonException ex)
        {
            return (default, ex);
        }
    }

    private static string Fields(IDictionary<string, JsonElement>? fields) => fields is null
        ? "(none)"
        : string.Join(",", fields.Select(f => $"{f.Key}={f.Value.ValueKind}:{f.Value.GetRawText()}"));
}
