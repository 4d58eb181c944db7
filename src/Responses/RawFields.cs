using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Threading;

namespace Oai;

/// <summary>The fields a stream chunk does not model, kept as their raw UTF-8 JSON (one small array per chunk) and
/// turned into <see cref="JsonElement"/> values only when first read: the <c>obfuscation</c> padding the service adds
/// to every chunk is then never parsed twice unless someone looks at it.</summary>
/// <remarks>The values were checked when the chunk was read (<see cref="CheckedJsonElementConverter.Validate"/>), so
/// building the dictionary later cannot fail. It behaves as the <see cref="Dictionary{TKey, TValue}"/> the serializer
/// builds (a later duplicate name wins, writable); building it is thread-safe.</remarks>
internal sealed class RawFields : IDictionary<string, JsonElement>
{
    private readonly byte[] _json;
    private Dictionary<string, JsonElement>? _fields;

    /// <param name="json">A JSON object holding the unmodelled fields as sent.</param>
    public RawFields(byte[] json)
    {
        _json = json;
    }

    private Dictionary<string, JsonElement> Fields => _fields ?? Build();

    public JsonElement this[string key] { get => Fields[key]; set => Fields[key] = value; }

    public ICollection<string> Keys => Fields.Keys;

    public ICollection<JsonElement> Values => Fields.Values;

    public int Count => Fields.Count;

    public bool IsReadOnly => false;

    public void Add(string key, JsonElement value) => Fields.Add(key, value);

    public void Add(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)Fields).Add(item);

    public void Clear() => Fields.Clear();

    public bool Contains(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)Fields).Contains(item);

    public bool ContainsKey(string key) => Fields.ContainsKey(key);

    public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, JsonElement>>)Fields).CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => Fields.GetEnumerator();

    public bool Remove(string key) => Fields.Remove(key);

    public bool Remove(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)Fields).Remove(item);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => Fields.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<string, JsonElement> Build()
    {
        // One document for all the fields (not pooled, so it lives as long as the elements do).
        var reader = new Utf8JsonReader(_json);
        var root = JsonElement.ParseValue(ref reader);
        var fields = new Dictionary<string, JsonElement>();
        foreach (var property in root.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        return Interlocked.CompareExchange(ref _fields, fields, null) ?? fields;
    }
}
