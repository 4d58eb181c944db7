using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Oai.UnitTests.TestSupport;

/// <summary>
/// A light line-based scan of the OpenAPI YAML: the top-level property names of a component schema, following the
/// schemas it composes with <c>allOf</c>. Enough for name checks; not a YAML parser.
/// </summary>
internal static partial class OpenApiSchemaScan
{
    private const int SchemaIndent = 4;

    /// <summary>Returns the top-level property names of a schema and of every schema it composes via <c>allOf</c>.</summary>
    /// <param name="yamlLines">The OpenAPI document's lines.</param>
    /// <param name="schemaName">The component schema's name.</param>
    /// <returns>The property names.</returns>
    public static ISet<string> PropertyNames(string[] yamlLines, string schemaName)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(yamlLines, schemaName, names, new HashSet<string>(StringComparer.Ordinal));
        return names;
    }

    private static void Collect(string[] lines, string schemaName, HashSet<string> names, HashSet<string> visited)
    {
        if (!visited.Add(schemaName))
        {
            return;
        }

        var (start, end) = FindSchemaBlock(lines, schemaName);

        // The schema's own properties are the shallowest "properties:" in its block; deeper ones belong to nested objects.
        var propertiesIndent = int.MaxValue;
        for (var i = start + 1; i < end; i++)
        {
            if (lines[i].Trim() == "properties:")
            {
                propertiesIndent = Math.Min(propertiesIndent, Indent(lines[i]));
            }
        }

        for (var i = start + 1; i < end; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == "properties:" && Indent(lines[i]) == propertiesIndent)
            {
                for (var j = i + 1; j < end; j++)
                {
                    if (lines[j].Trim().Length == 0)
                    {
                        continue;
                    }

                    var indent = Indent(lines[j]);
                    if (indent <= propertiesIndent)
                    {
                        break;
                    }

                    var key = KeyPattern().Match(lines[j]);
                    if (indent == propertiesIndent + 2 && key.Success)
                    {
                        names.Add(key.Groups[1].Value);
                    }
                }
            }
            else if (trimmed == "allOf:")
            {
                var itemIndent = Indent(lines[i]) + 2;
                for (var j = i + 1; j < end && (lines[j].Trim().Length == 0 || Indent(lines[j]) >= itemIndent); j++)
                {
                    var reference = AllOfRefPattern().Match(lines[j]);
                    if (reference.Success && Indent(lines[j]) == itemIndent)
                    {
                        Collect(lines, reference.Groups[1].Value, names, visited);
                    }
                }
            }
        }
    }

    private static (int Start, int End) FindSchemaBlock(string[] lines, string schemaName)
    {
        var header = new string(' ', SchemaIndent) + schemaName + ":";
        var start = Array.FindIndex(lines, line => line.TrimEnd() == header);
        if (start < 0)
        {
            throw new InvalidOperationException($"Schema {schemaName} not found in the OpenAPI document.");
        }

        var end = start + 1;
        while (end < lines.Length && (lines[end].Trim().Length == 0 || Indent(lines[end]) > SchemaIndent))
        {
            end++;
        }

        return (start, end);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*):")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("""^\s*- \$ref: ["']?#/components/schemas/([A-Za-z0-9_]+)["']?\s*$""")]
    private static partial Regex AllOfRefPattern();
}
