using System;
using System.Text.Json;

namespace Oai.Chat;

/// <summary>The fields a whole completion's <see cref="ChatChoice"/> and a chunk's <see cref="ChatChunkChoice"/> share
/// (index, logprobs, finish reason) and the one they differ in: the <c>message</c> or the <c>delta</c>.</summary>
/// <typeparam name="TBody">The message or the delta.</typeparam>
internal struct ChoiceFields<TBody> : IRecordFields
    where TBody : class
{
    private readonly byte[] _bodyName;
    private readonly RecordReader.Reader<TBody> _body;

    /// <param name="bodyName">The name of the body's property, UTF-8.</param>
    /// <param name="body">Reads the body (null for a JSON <c>null</c>).</param>
    public ChoiceFields(byte[] bodyName, RecordReader.Reader<TBody> body)
    {
        _bodyName = bodyName;
        _body = body;
    }

    public int Index { get; private set; }

    public TBody? Body { get; private set; }

    public ChatChoiceLogprobs? Logprobs { get; private set; }

    public FinishReason? FinishReason { get; private set; }

    public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (RecordReader.Name(ref reader, "index"u8))
        {
            Index = RecordReader.Int32(ref reader);
        }
        else if (RecordReader.Name(ref reader, _bodyName))
        {
            Body = _body(ref reader, json);
        }
        else if (RecordReader.Name(ref reader, "logprobs"u8))
        {
            Logprobs = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ChatChoiceLogprobs);
        }
        else if (RecordReader.Name(ref reader, "finish_reason"u8))
        {
            FinishReason = RecordReader.OpenOrNull<FinishReason>(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }
}
