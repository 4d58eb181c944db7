using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Oai.Pipeline;

/// <summary>Builds a relative request path with a query string, every name and value escaped.</summary>
internal sealed class QueryPath
{
    private readonly StringBuilder _path;
    private char _separator = '?';

    public QueryPath(string path)
    {
        _path = new StringBuilder(path);
    }

    /// <summary>Adds <c>name=value</c> when the value is not null.</summary>
    public QueryPath Add(string name, string? value)
    {
        if (value is not null)
        {
            _path.Append(_separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            _separator = '&';
        }

        return this;
    }

    /// <summary>Adds <c>name=value</c> when the number is not null.</summary>
    public QueryPath Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a map as a deep object, <c>name[key]=value</c> per entry.</summary>
    public QueryPath AddDeepObject(string name, IEnumerable<KeyValuePair<string, string>>? values)
    {
        if (values is not null)
        {
            foreach (var (key, value) in values)
            {
                Add($"{name}[{key}]", value);
            }
        }

        return this;
    }

    public override string ToString() => _path.ToString();
}
