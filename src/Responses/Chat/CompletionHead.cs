using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Oai.Chat;

/// <summary>The fields a whole <see cref="ChatCompletion"/> and a <see cref="ChatCompletionChunk"/> share (id, object,
/// created, model, choices, usage, service tier, fingerprint), read by hand for <see cref="ChatCompletionReader"/> and
/// <see cref="ChatChunkReader"/>, which differ only in their choices and in the chunk's <c>error</c>.</summary>
/// <typeparam name="TChoice">The record of one choice.</typeparam>
internal struct CompletionHead<TChoice> : IRecordFields
    where TChoice : class
{
    private readonly string _choiceType;
    private readonly RecordReader.Reader<TChoice> _choice;
    private readonly RepeatedString? _repeatedId;
    private readonly RepeatedString? _repeatedModel;
    private readonly RepeatedString? _repeatedFingerprint;

    /// <param name="choiceType">The choice record's full name, for the serializer's mismatch message.</param>
    /// <param name="choice">Reads one choice.</param>
    /// <param name="id">The stream's id, model and fingerprint, one string each per stream; null for a whole completion.</param>
    /// <param name="model">See <paramref name="id"/>.</param>
    /// <param name="fingerprint">See <paramref name="id"/>.</param>
    public CompletionHead(string choiceType, RecordReader.Reader<TChoice> choice, RepeatedString? id = null, RepeatedString? model = null, RepeatedString? fingerprint = null)
    {
        _choiceType = choiceType;
        _choice = choice;
        _repeatedId = id;
        _repeatedModel = model;
        _repeatedFingerprint = fingerprint;
    }

    public string? Id { get; private set; }

    public ObjectKind Object { get; private set; }

    public long Created { get; private set; }

    public string? Model { get; private set; }

    public IReadOnlyList<TChoice>? Choices { get; private set; }

    public CompletionUsage? Usage { get; private set; }

    public ServiceTier? ServiceTier { get; private set; }

    public string? SystemFingerprint { get; private set; }

    public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (RecordReader.Name(ref reader, "id"u8))
        {
            Id = Text(_repeatedId, ref reader);
        }
        else if (RecordReader.Name(ref reader, "object"u8))
        {
            Object = RecordReader.Open<ObjectKind>(ref reader);
        }
        else if (RecordReader.Name(ref reader, "created"u8))
        {
            Created = RecordReader.Int64(ref reader);
        }
        else if (RecordReader.Name(ref reader, "model"u8))
        {
            Model = Text(_repeatedModel, ref reader);
        }
        else if (RecordReader.Name(ref reader, "choices"u8))
        {
            Choices = RecordReader.Items(ref reader, json, _choiceType, _choice);
        }
        else if (RecordReader.Name(ref reader, "usage"u8))
        {
            Usage = CompletionUsageReader.Read(ref reader, json);
        }
        else if (RecordReader.Name(ref reader, "service_tier"u8))
        {
            ServiceTier = RecordReader.OpenOrNull<ServiceTier>(ref reader);
        }
        else if (RecordReader.Name(ref reader, "system_fingerprint"u8))
        {
            SystemFingerprint = Text(_repeatedFingerprint, ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static string? Text(RepeatedString? repeated, ref Utf8JsonReader reader) =>
        repeated is null ? RecordReader.String(ref reader) : repeated.Read(ref reader);
}
