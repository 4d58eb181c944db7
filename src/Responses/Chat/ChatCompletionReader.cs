using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Oai.Chat;

/// <summary>Reads a whole chat completion (the response of a call without streaming) straight from its UTF-8 bytes
/// into the same records the source-generated <see cref="RecordsJsonContext"/> builds, without the serializer's
/// frame stack, argument state and boxed arguments (its path for records with <c>init</c> properties): known open
/// values come from <see cref="OpenValueCache{T}"/>, unmodelled fields are kept as raw UTF-8 (<see cref="RawFields"/>).</summary>
/// <remarks>
/// Stateless and thread-safe. It accepts exactly what the serializer accepts and fails with a <see cref="JsonException"/>
/// naming the path where the serializer would (<see cref="RecordReader"/>); the parts a plain answer does not carry
/// (tool calls and annotations, dispatched by their union converters; <c>audio</c>, <c>function_call</c>,
/// <c>logprobs</c>) are read by the serializer itself. The top-level fields are those of a chunk
/// (<see cref="CompletionHead{TChoice}"/>, shared with <see cref="ChatChunkReader"/>). <c>ChatCompletionReaderTests</c>
/// holds it to the serializer on every recorded chat completion and on damaged ones.
/// </remarks>
internal static class ChatCompletionReader
{
    private static readonly RecordReader.Reader<ChatCompletion> s_completion = Completion;
    private static readonly RecordReader.Reader<ChatChoice> s_choice = Choice;
    private static readonly RecordReader.Reader<ChatCompletionMessage> s_message = Message;
    private static readonly byte[] s_messageName = "message"u8.ToArray();
    private static readonly RecordReader.Reader<ChatToolCall> s_toolCall =
        static (ref Utf8JsonReader reader, ReadOnlySpan<byte> json) => RecordReader.Union(ref reader, RecordsJsonContext.Default.ChatToolCall);

    private static readonly RecordReader.Reader<ChatAnnotation> s_annotation =
        static (ref Utf8JsonReader reader, ReadOnlySpan<byte> json) => RecordReader.Union(ref reader, RecordsJsonContext.Default.ChatAnnotation);

    /// <summary>Reads one completion; null for a JSON <c>null</c>, as the serializer returns.</summary>
    /// <exception cref="JsonException">The bytes are not JSON, or not a chat completion.</exception>
    public static ChatCompletion? Read(ReadOnlySpan<byte> json) => RecordReader.Document(json, s_completion);

    private static ChatCompletion Completion(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var head = new CompletionHead<ChatChoice>("Oai.Chat.ChatChoice", s_choice);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatCompletion", ref head);
        return new ChatCompletion
        {
            Id = head.Id!,
            Object = head.Object,
            Created = head.Created,
            Model = head.Model!,
            Choices = head.Choices!,
            Usage = head.Usage,
            ServiceTier = head.ServiceTier,
            SystemFingerprint = head.SystemFingerprint,
            AdditionalProperties = unknown,
        };
    }

    private static ChatChoice Choice(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var fields = new ChoiceFields<ChatCompletionMessage>(s_messageName, s_message);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatChoice", ref fields);
        return new ChatChoice { Index = fields.Index, Message = fields.Body!, Logprobs = fields.Logprobs, FinishReason = fields.FinishReason, AdditionalProperties = unknown };
    }

    private static ChatCompletionMessage? Message(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var fields = default(MessageFields);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.Chat.ChatCompletionMessage", ref fields);
        return new ChatCompletionMessage
        {
            Role = fields.Role,
            Content = fields.Content,
            Refusal = fields.Refusal,
            ToolCalls = fields.ToolCalls!,
            Annotations = fields.Annotations!,
            Audio = fields.Audio,
            FunctionCall = fields.FunctionCall,
            AdditionalProperties = unknown,
        };
    }

    private struct MessageFields : IRecordFields
    {
        public ChatRole Role;
        public string? Content, Refusal;
        public IReadOnlyList<ChatToolCall>? ToolCalls;
        public IReadOnlyList<ChatAnnotation>? Annotations;
        public ChatMessageAudio? Audio;
        public ChatFunctionCall? FunctionCall;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (RecordReader.Name(ref reader, "content"u8))
            {
                Content = RecordReader.String(ref reader);
            }
            else if (RecordReader.Name(ref reader, "role"u8))
            {
                Role = RecordReader.Open<ChatRole>(ref reader);
            }
            else if (RecordReader.Name(ref reader, "refusal"u8))
            {
                Refusal = RecordReader.String(ref reader);
            }
            else if (RecordReader.Name(ref reader, "tool_calls"u8))
            {
                ToolCalls = RecordReader.Items(ref reader, json, "Oai.Chat.ChatToolCall", s_toolCall);
            }
            else if (RecordReader.Name(ref reader, "annotations"u8))
            {
                Annotations = RecordReader.Items(ref reader, json, "Oai.Chat.ChatAnnotation", s_annotation);
            }
            else if (RecordReader.Name(ref reader, "audio"u8))
            {
                Audio = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ChatMessageAudio);
            }
            else if (RecordReader.Name(ref reader, "function_call"u8))
            {
                FunctionCall = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ChatFunctionCall);
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
