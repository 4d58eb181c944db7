using System;
using System.Text.Json;

namespace Oai;

/// <summary>The modelled fields of one record while <see cref="RecordReader.Fields{T}"/> walks its object: a struct
/// per record, filled property by property, from which the reader then builds the record in one initializer.</summary>
internal interface IRecordFields
{
    /// <summary>Reads the value of the property whose name the reader is on into the field it names, leaving the
    /// reader on the value's last token.</summary>
    /// <returns>False, with the reader untouched, for a name the record does not model.</returns>
    /// <exception cref="JsonException">The value cannot be the field's type.</exception>
    bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json);
}
