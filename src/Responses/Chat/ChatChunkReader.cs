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
/// the serializer would (<see cref="RecordReader"/>); the rarely sent parts (<c>logprobs</c>, <c>error</c>) are read by
/// the serializer itself. <c>ChatChunkReaderTests</c> holds it to the serializer on every recorded stream and on damaged chunks.
/// </remarks>
internal sealed class ChatChunkReader
{
    private static readonly byte[] s_delta = "delta"u8.ToArray();
    private readonly RepeatedString _id = new();
    private readonly RepeatedString _model = new();
    private readonly RepeatedString _fingerprint = new();
    private readonly RepeatedString _toolType = new();
    private readonly RecordReader.Reader<ChatCompletionChunk> _chunk;
    private readonly RecordReader.Reader<ChatChunkChoice> _choice;
    private readonly RecordReader.Reader<ChatDelta> _delta;
    private readonly RecordReader.Reader<ChatToolCallDelta> _toolCall;

    public ChatChunkReader()
    {
        // Bound once per stream, not per chunk.
        _chunk = Chunk;
        _choice = Choice;
        _delta = Delta;
        _toolCall = ToolCall;
    }

    /// <summary>Reads one chunk; null for a JSON <c>null</c>, as the serializer returns.</summary>
    /// <exception cref="JsonException">The bytes are not JSON, or not a chunk.</exception>
    public ChatCompletionChunk? Read(ReadOnlySpan<byte> json) => RecordReader.Document(json, _chunk);

    private ChatCompletionChunk Chunk(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var fields = new ChunkFields(new CompletionHead<ChatChunkChoice>("Oai.Chat.ChatChunkChoice", _choice, _id, _model, _fingerprint));
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatCompletionChunk", ref fields);
        var head = fields.Head;
        return new ChatCompletionChunk
        {
            Id = head.Id!,
            Object = head.Object,
            Created = head.Created,
            Model = head.Model!,
            Choices = head.Choices!,
            Usage = head.Usage,
            ServiceTier = head.ServiceTier,
            SystemFingerprint = head.SystemFingerprint,
            Error = fields.Error,
            AdditionalProperties = unknown,
        };
    }

    private ChatChunkChoice Choice(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var fields = new ChoiceFields<ChatDelta>(s_delta, _delta);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatChunkChoice", ref fields);
        return new ChatChunkChoice { Index = fields.Index, Delta = fields.Body!, Logprobs = fields.Logprobs, FinishReason = fields.FinishReason, AdditionalProperties = unknown };
    }

    private ChatDelta? Delta(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var fields = new DeltaFields(this);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatDelta", ref fields);
        return new ChatDelta { Role = fields.Role, Content = fields.Content, Refusal = fields.Refusal, ToolCalls = fields.ToolCalls!, FunctionCall = fields.FunctionCall, AdditionalProperties = unknown };
    }

    private ChatToolCallDelta ToolCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var fields = new ToolCallFields(this);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatToolCallDelta", ref fields);
        return new ChatToolCallDelta { Index = fields.Index, Id = fields.Id, Type = fields.Type, Function = fields.Function, AdditionalProperties = unknown };
    }

    private static ChatFunctionCallDelta? Function(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var fields = default(FunctionFields);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatFunctionCallDelta", ref fields);
        return new ChatFunctionCallDelta { Name = fields.Name, Arguments = fields.Arguments, AdditionalProperties = unknown };
    }

    private struct ChunkFields(CompletionHead<ChatChunkChoice> head) : IRecordFields
    {
        public CompletionHead<ChatChunkChoice> Head = head;
        public ApiError? Error;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (Head.Read(ref reader, json))
            {
                return true;
            }

            if (!RecordReader.Name(ref reader, "error"u8))
            {
                return false;
            }

            Error = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ApiError);
            return true;
        }
    }

    private struct DeltaFields(ChatChunkReader owner) : IRecordFields
    {
        public ChatRole? Role;
        public string? Content, Refusal;
        public IReadOnlyList<ChatToolCallDelta>? ToolCalls;
        public ChatFunctionCallDelta? FunctionCall;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (RecordReader.Name(ref reader, "content"u8))
            {
                Content = RecordReader.String(ref reader);
            }
            else if (RecordReader.Name(ref reader, "role"u8))
            {
                Role = RecordReader.OpenOrNull<ChatRole>(ref reader);
            }
            else if (RecordReader.Name(ref reader, "refusal"u8))
            {
                Refusal = RecordReader.String(ref reader);
            }
            else if (RecordReader.Name(ref reader, "tool_calls"u8))
            {
                ToolCalls = RecordReader.Items(ref reader, json, "Oai.Chat.ChatToolCallDelta", owner._toolCall);
            }
            else if (RecordReader.Name(ref reader, "function_call"u8))
            {
                FunctionCall = Function(ref reader, json);
            }
            else
            {
                return false;
            }

            return true;
        }
    }

    private struct ToolCallFields(ChatChunkReader owner) : IRecordFields
    {
        public int Index;
        public string? Id, Type;
        public ChatFunctionCallDelta? Function;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (RecordReader.Name(ref reader, "index"u8))
            {
                Index = RecordReader.Int32(ref reader);
            }
            else if (RecordReader.Name(ref reader, "function"u8))
            {
                Function = ChatChunkReader.Function(ref reader, json);
            }
            else if (RecordReader.Name(ref reader, "id"u8))
            {
                Id = RecordReader.String(ref reader);
            }
            else if (RecordReader.Name(ref reader, "type"u8))
            {
                Type = owner._toolType.Read(ref reader);
            }
            else
            {
                return false;
            }

            return true;
        }
    }

    private struct FunctionFields : IRecordFields
    {
        public string? Name, Arguments;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (RecordReader.Name(ref reader, "arguments"u8))
            {
                Arguments = RecordReader.String(ref reader);
            }
            else if (RecordReader.Name(ref reader, "name"u8))
            {
                Name = RecordReader.String(ref reader);
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
