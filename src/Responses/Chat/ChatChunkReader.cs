using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Oai.Chat;

/// <summary>Reads the chunks of one chat completion stream straight from each event's UTF-8 bytes into the same
/// records the source-generated <see cref="RecordsJsonContext"/> builds, at a fraction of the cost: the id, model and
/// fingerprint that repeat on every chunk are one string per stream, known open values are not allocated again, the
/// unmodelled fields (the <c>obfuscation</c> padding) are kept as raw UTF-8 (<see cref="RawFields"/>), and no
/// serializer state is built per chunk.</summary>
/// <remarks>
/// One instance per stream (it remembers the previous chunk's strings); not thread-safe, as a stream is read in order.
/// It accepts exactly what the serializer accepts and fails with a <see cref="JsonException"/> naming the path where
/// the serializer would; the rarely sent parts (<c>usage</c>, <c>logprobs</c>, <c>error</c>) are read by the
/// serializer itself. <c>ChatChunkReaderTests</c> holds it to the serializer on every recorded stream and on damaged chunks.
/// </remarks>
internal sealed class ChatChunkReader
{
    private readonly RepeatedString _id = new();
    private readonly RepeatedString _model = new();
    private readonly RepeatedString _fingerprint = new();
    private readonly RepeatedString _toolType = new();

    /// <summary>Reads one chunk; null for a JSON <c>null</c>, as the serializer returns.</summary>
    /// <exception cref="JsonException">The bytes are not JSON, or not a chunk.</exception>
    public ChatCompletionChunk? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("The input does not contain any JSON tokens.");
            }

            var chunk = reader.TokenType == JsonTokenType.Null ? null : Chunk(ref reader, json);
            if (reader.Read())
            {
                throw new JsonException("'" + (char)json[(int)reader.TokenStartIndex] + "' is invalid after a single JSON value. Expected end of data.");
            }

            return chunk;
        }
        catch (Exception ex) when (RecordReader.IsReadFailure(ex) && ex is not JsonException { Path: not null })
        {
            throw RecordReader.At(ex, string.Empty);
        }
    }

    private ChatCompletionChunk Chunk(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        RecordReader.StartObject(ref reader, "Oai.Chat.ChatCompletionChunk");
        string? id = null, model = null, fingerprint = null;
        ObjectKind kind = default;
        long created = 0;
        IReadOnlyList<ChatChunkChoice>? choices = null;
        CompletionUsage? usage = null;
        ServiceTier? tier = null;
        ApiError? error = null;
        var unknown = new RawFieldsBuilder(json);
        var name = 0L;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.TokenStartIndex;
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = _id.Read(ref reader);
                }
                else if (reader.ValueTextEquals("object"u8))
                {
                    reader.Read();
                    kind = RecordReader.Open<ObjectKind>(ref reader);
                }
                else if (reader.ValueTextEquals("created"u8))
                {
                    reader.Read();
                    created = RecordReader.Int64(ref reader);
                }
                else if (reader.ValueTextEquals("model"u8))
                {
                    reader.Read();
                    model = _model.Read(ref reader);
                }
                else if (reader.ValueTextEquals("choices"u8))
                {
                    reader.Read();
                    choices = Items(ref reader, json, "Oai.Chat.ChatChunkChoice", static (ChatChunkReader self, ref Utf8JsonReader r, ReadOnlySpan<byte> j) => self.Choice(ref r, j));
                }
                else if (reader.ValueTextEquals("usage"u8))
                {
                    reader.Read();
                    usage = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.CompletionUsage);
                }
                else if (reader.ValueTextEquals("service_tier"u8))
                {
                    reader.Read();
                    tier = RecordReader.OpenOrNull<ServiceTier>(ref reader);
                }
                else if (reader.ValueTextEquals("system_fingerprint"u8))
                {
                    reader.Read();
                    fingerprint = _fingerprint.Read(ref reader);
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    reader.Read();
                    error = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ApiError);
                }
                else
                {
                    unknown.Add(ref reader);
                }

                // A failure reading past the value is the object's, not the property's (as the serializer reports it).
                name = -1;
            }
        }
        catch (Exception ex) when (RecordReader.IsReadFailure(ex))
        {
            throw RecordReader.At(ex, RecordReader.Segment(json, name));
        }

        return new ChatCompletionChunk
        {
            Id = id!,
            Object = kind,
            Created = created,
            Model = model!,
            Choices = choices!,
            Usage = usage,
            ServiceTier = tier,
            SystemFingerprint = fingerprint,
            Error = error,
            AdditionalProperties = unknown.Build(),
        };
    }

    private delegate T ItemReader<T>(ChatChunkReader self, ref Utf8JsonReader reader, ReadOnlySpan<byte> json);

    /// <summary>Reads a list of records: null stays null (the record's null rule makes it empty), null items are
    /// dropped, and the usual single item costs one one-element array.</summary>
    private IReadOnlyList<T>? Items<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string itemType, ItemReader<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw RecordReader.Mismatch($"System.Collections.Generic.IReadOnlyList`1[{itemType}]");
        }

        T? first = null;
        List<T>? more = null;
        var index = 0;
        try
        {
            for (; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                var item = read(this, ref reader, json);
                if (first is null)
                {
                    first = item;
                }
                else
                {
                    (more ??= [first]).Add(item);
                }
            }
        }
        catch (Exception ex) when (RecordReader.IsReadFailure(ex))
        {
            throw RecordReader.At(ex, $"[{index}]");
        }

        return more is not null ? more : first is null ? [] : new[] { first };
    }

    private ChatChunkChoice Choice(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        RecordReader.StartObject(ref reader, "Oai.Chat.ChatChunkChoice");
        var index = 0;
        ChatDelta? delta = null;
        ChatChoiceLogprobs? logprobs = null;
        FinishReason? finish = null;
        var unknown = new RawFieldsBuilder(json);
        var name = 0L;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.TokenStartIndex;
                if (reader.ValueTextEquals("index"u8))
                {
                    reader.Read();
                    index = RecordReader.Int32(ref reader);
                }
                else if (reader.ValueTextEquals("delta"u8))
                {
                    reader.Read();
                    delta = reader.TokenType == JsonTokenType.Null ? null : Delta(ref reader, json);
                }
                else if (reader.ValueTextEquals("logprobs"u8))
                {
                    reader.Read();
                    logprobs = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ChatChoiceLogprobs);
                }
                else if (reader.ValueTextEquals("finish_reason"u8))
                {
                    reader.Read();
                    finish = RecordReader.OpenOrNull<FinishReason>(ref reader);
                }
                else
                {
                    unknown.Add(ref reader);
                }

                // A failure reading past the value is the object's, not the property's (as the serializer reports it).
                name = -1;
            }
        }
        catch (Exception ex) when (RecordReader.IsReadFailure(ex))
        {
            throw RecordReader.At(ex, RecordReader.Segment(json, name));
        }

        return new ChatChunkChoice { Index = index, Delta = delta!, Logprobs = logprobs, FinishReason = finish, AdditionalProperties = unknown.Build() };
    }

    private ChatDelta Delta(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        RecordReader.StartObject(ref reader, "Oai.Chat.ChatDelta");
        ChatRole? role = null;
        string? content = null, refusal = null;
        IReadOnlyList<ChatToolCallDelta>? toolCalls = null;
        ChatFunctionCallDelta? functionCall = null;
        var unknown = new RawFieldsBuilder(json);
        var name = 0L;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.TokenStartIndex;
                if (reader.ValueTextEquals("content"u8))
                {
                    reader.Read();
                    content = RecordReader.String(ref reader);
                }
                else if (reader.ValueTextEquals("role"u8))
                {
                    reader.Read();
                    role = RecordReader.OpenOrNull<ChatRole>(ref reader);
                }
                else if (reader.ValueTextEquals("refusal"u8))
                {
                    reader.Read();
                    refusal = RecordReader.String(ref reader);
                }
                else if (reader.ValueTextEquals("tool_calls"u8))
                {
                    reader.Read();
                    toolCalls = Items(ref reader, json, "Oai.Chat.ChatToolCallDelta", static (ChatChunkReader self, ref Utf8JsonReader r, ReadOnlySpan<byte> j) => self.ToolCall(ref r, j));
                }
                else if (reader.ValueTextEquals("function_call"u8))
                {
                    reader.Read();
                    functionCall = reader.TokenType == JsonTokenType.Null ? null : Function(ref reader, json);
                }
                else
                {
                    unknown.Add(ref reader);
                }

                // A failure reading past the value is the object's, not the property's (as the serializer reports it).
                name = -1;
            }
        }
        catch (Exception ex) when (RecordReader.IsReadFailure(ex))
        {
            throw RecordReader.At(ex, RecordReader.Segment(json, name));
        }

        return new ChatDelta { Role = role, Content = content, Refusal = refusal, ToolCalls = toolCalls!, FunctionCall = functionCall, AdditionalProperties = unknown.Build() };
    }

    private ChatToolCallDelta ToolCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        RecordReader.StartObject(ref reader, "Oai.Chat.ChatToolCallDelta");
        var index = 0;
        string? id = null, type = null;
        ChatFunctionCallDelta? function = null;
        var unknown = new RawFieldsBuilder(json);
        var name = 0L;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.TokenStartIndex;
                if (reader.ValueTextEquals("index"u8))
                {
                    reader.Read();
                    index = RecordReader.Int32(ref reader);
                }
                else if (reader.ValueTextEquals("function"u8))
                {
                    reader.Read();
                    function = reader.TokenType == JsonTokenType.Null ? null : Function(ref reader, json);
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = RecordReader.String(ref reader);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = _toolType.Read(ref reader);
                }
                else
                {
                    unknown.Add(ref reader);
                }

                // A failure reading past the value is the object's, not the property's (as the serializer reports it).
                name = -1;
            }
        }
        catch (Exception ex) when (RecordReader.IsReadFailure(ex))
        {
            throw RecordReader.At(ex, RecordReader.Segment(json, name));
        }

        return new ChatToolCallDelta { Index = index, Id = id, Type = type, Function = function, AdditionalProperties = unknown.Build() };
    }

    private static ChatFunctionCallDelta Function(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        RecordReader.StartObject(ref reader, "Oai.Chat.ChatFunctionCallDelta");
        string? name = null, arguments = null;
        var unknown = new RawFieldsBuilder(json);
        var at = 0L;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                at = reader.TokenStartIndex;
                if (reader.ValueTextEquals("arguments"u8))
                {
                    reader.Read();
                    arguments = RecordReader.String(ref reader);
                }
                else if (reader.ValueTextEquals("name"u8))
                {
                    reader.Read();
                    name = RecordReader.String(ref reader);
                }
                else
                {
                    unknown.Add(ref reader);
                }

                // A failure reading past the value is the object's, not the property's (as the serializer reports it).
                at = -1;
            }
        }
        catch (Exception ex) when (RecordReader.IsReadFailure(ex))
        {
            throw RecordReader.At(ex, RecordReader.Segment(json, at));
        }

        return new ChatFunctionCallDelta { Name = name, Arguments = arguments, AdditionalProperties = unknown.Build() };
    }
}
