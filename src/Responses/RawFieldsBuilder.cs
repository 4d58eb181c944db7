using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Oai;

/// <summary>Collects the unmodelled fields of one object while a hand-written reader walks it: each is checked as
/// <see cref="CheckedJsonElementConverter"/> checks it and remembered as a range of the source bytes; <see cref="Build"/>
/// copies them into one small JSON object for <see cref="RawFields"/>, or returns null when there were none (as the
/// serializer leaves <c>AdditionalProperties</c> null).</summary>
internal ref struct RawFieldsBuilder
{
    private readonly ReadOnlySpan<byte> _json;
    private (int Start, int End) _first;
    private List<(int Start, int End)>? _more;

    public RawFieldsBuilder(ReadOnlySpan<byte> json)
    {
        _json = json;
    }

    /// <summary>Keeps the property the reader is on (its name and value); leaves the reader on the value's last token.</summary>
    /// <exception cref="JsonException">The name or a string in the value is not readable text.</exception>
    public void Add(ref Utf8JsonReader reader)
    {
        var start = checked((int)reader.TokenStartIndex);
        CheckedJsonElementConverter.ValidateName(ref reader);
        reader.Read();
        CheckedJsonElementConverter.Validate(ref reader);
        var end = checked((int)reader.BytesConsumed);
        if (_first.End == 0)
        {
            _first = (start, end);
        }
        else
        {
            (_more ??= []).Add((start, end));
        }
    }

    /// <summary>Returns the fields kept, or null when there were none.</summary>
    public readonly RawFields? Build()
    {
        if (_first.End == 0)
        {
            return null;
        }

        var length = 2 + _first.End - _first.Start;
        for (var i = 0; _more is not null && i < _more.Count; i++)
        {
            length += 1 + _more[i].End - _more[i].Start;
        }

        var json = new byte[length];
        json[0] = (byte)'{';
        var at = 1;
        _json[_first.Start.._first.End].CopyTo(json.AsSpan(at));
        at += _first.End - _first.Start;
        for (var i = 0; _more is not null && i < _more.Count; i++)
        {
            var (start, end) = _more[i];
            json[at++] = (byte)',';
            _json[start..end].CopyTo(json.AsSpan(at));
            at += end - start;
        }

        json[at] = (byte)'}';
        return new RawFields(json);
    }
}
