using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Oai.IntegrationTests.Emulator;

/// <summary>The response schemas of <c>../shared/openapi/openapi.yaml</c>, for checking what the emulator writes:
/// the spec's <c>components/schemas</c> become the <c>$defs</c> of one JSON Schema (OpenAPI 3.1 schemas are JSON
/// Schema 2020-12), built once, and each check refers into it.</summary>
internal static class OpenApiSchemas
{
    private const string Root = "https://oai-emulator.test/openapi";
    private static readonly Lazy<BuildOptions> s_options = new(Load);
    private static readonly Dictionary<string, JsonSchema> s_schemas = [];

    /// <summary>Validates <paramref name="json"/> against the spec's schema <paramref name="name"/>; returns every error (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(string name, JsonElement json)
    {
        JsonSchema schema;
        lock (s_schemas)
        {
            if (!s_schemas.TryGetValue(name, out schema!))
            {
                schema = JsonSchema.FromText($$"""{"$ref":"{{Root}}#/$defs/{{name}}"}""", s_options.Value, new Uri($"{Root}/check/{name}"));
                s_schemas[name] = schema;
            }
        }

        var results = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.SchemaLocation}): {error.Key}: {error.Value}"))
            .ToList();
    }

    /// <summary>Asserts that <paramref name="json"/> is valid under the schema <paramref name="name"/>, listing what is
    /// not; errors at the <paramref name="tolerated"/> instance locations (where real responses knowingly break the
    /// spec, each named by its caller) are allowed, and errors inside one branch of an <c>anyOf</c>/<c>oneOf</c> are not
    /// failures by themselves.</summary>
    public static void AssertValid(string name, string json, params string[] tolerated)
    {
        using var document = JsonDocument.Parse(json);
        var errors = Errors(name, document.RootElement)
            .Where(error => !tolerated.Any(location => error.StartsWith(location + " ", StringComparison.Ordinal)))
            .Where(error => !error.Contains("/anyOf/", StringComparison.Ordinal) && !error.Contains("/oneOf/", StringComparison.Ordinal))
            .ToList();
        Assert.True(errors.Count == 0, $"{name} breaks the spec:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20))}{Environment.NewLine}{json[..Math.Min(json.Length, 2000)]}");
    }

    private static BuildOptions Load()
    {
        var path = Oai.UnitTests.TestSupport.SharedFiles.Path("openapi", "openapi.yaml");
        // Lines of blanks made empty: the spec has a "|+" block scalar whose first line is only spaces, which
        // YamlDotNet rejects (other parsers accept it); the values change only in whitespace.
        var yaml = new YamlStream();
        using (var reader = new StringReader(Regex.Replace(File.ReadAllText(path), @"(?m)^[ \t]+$", string.Empty)))
        {
            yaml.Load(reader);
        }

        var spec = ToJson(yaml.Documents[0].RootNode)!.AsObject();
        var schemas = Normalize(spec["components"]!["schemas"]!.DeepClone());
        var text = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Root,
            ["$defs"] = schemas,
        }.ToJsonString().Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(text, options, new Uri(Root));
        return options;
    }

    /// <summary>Rewrites the OpenAPI 3.0 keywords the spec still uses into JSON Schema 2020-12: <c>nullable: true</c>
    /// becomes "or null", a boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> takes the bound's value.</summary>
    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Normalize(array[i]?.DeepClone());
                }

                return array;
            case JsonObject obj:
                foreach (var name in obj.Select(pair => pair.Key).ToList())
                {
                    obj[name] = Normalize(obj[name]?.DeepClone());
                }

                foreach (var (flag, bound) in new[] { ("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum") })
                {
                    if (obj[flag] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        obj.Remove(flag);
                        if (value.GetValue<bool>() && obj[bound] is { } limit)
                        {
                            obj.Remove(bound);
                            obj[flag] = limit;
                        }
                    }
                }

                if (obj["nullable"] is JsonValue nullable && nullable.GetValueKind() == JsonValueKind.True)
                {
                    obj.Remove("nullable");
                    return new JsonObject { ["anyOf"] = new JsonArray(obj, new JsonObject { ["type"] = "null" }) };
                }

                return obj;
            default:
                return node;
        }
    }

    /// <summary>YAML to JSON with the YAML 1.2 core schema's plain scalars: null, booleans and numbers typed, the rest strings.</summary>
    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    obj[((YamlScalarNode)key).Value!] = ToJson(value);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(ToJson(item));
                }

                return array;
            case YamlScalarNode scalar when scalar.Style is ScalarStyle.Plain:
                var text = scalar.Value ?? string.Empty;
                return text switch
                {
                    "null" or "~" or "" => null,
                    "true" => JsonValue.Create(true),
                    "false" => JsonValue.Create(false),
                    _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
                    _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                    _ => JsonValue.Create(text),
                };
            case YamlScalarNode quoted:
                return JsonValue.Create(quoted.Value ?? string.Empty);
            default:
                throw new InvalidDataException($"Unexpected YAML node {node.NodeType} at {node.Start}.");
        }
    }
}
