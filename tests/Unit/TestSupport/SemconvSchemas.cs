using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Oai.UnitTests.TestSupport;

/// <summary>Validates captured content against the OpenTelemetry GenAI conventions' JSON schemas (v1.41.0, in
/// <c>../shared/semconv</c>), with JsonSchema.Net. One call per span: <see cref="AssertCapturedContent"/>.</summary>
/// <remarks>
/// The schemas accept any object with a <c>type</c> string as a <c>GenericPart</c>, so a <c>uri</c> part without its
/// <c>uri</c> would pass them. This helper is stricter: a part (or tool definition) whose <c>type</c> names one of the
/// schema's own definitions (<c>text</c>, <c>uri</c>, <c>blob</c>, <c>file</c>, <c>tool_call</c>,
/// <c>tool_call_response</c>, <c>reasoning</c>, <c>function</c>...) must also validate against that definition; only a
/// type the schema does not define may fall back to the generic one. It also reports what it validated, for the
/// figures in the docs: it returns the shapes (part types, roles, finish reasons) it saw.
/// </remarks>
internal static class SemconvSchemas
{
    /// <summary>The captured-content attributes and their schema files.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["gen_ai.input.messages"] = "gen-ai-input-messages.json",
        ["gen_ai.output.messages"] = "gen-ai-output-messages.json",
        ["gen_ai.system_instructions"] = "gen-ai-system-instructions.json",
        ["gen_ai.tool.definitions"] = "gen-ai-tool-definitions.json",
    };

    private static readonly ConcurrentDictionary<string, Schema> s_schemas = new();

    /// <summary>Validates every captured-content attribute on a span (and on its span events); returns the shapes seen,
    /// one entry per attribute (<c>attribute:gen_ai.input.messages</c>) and per part, role and finish reason.</summary>
    public static List<string> AssertCapturedContent(Activity span)
    {
        var shapes = new List<string>();
        var tags = span.TagObjects.Concat(span.Events.SelectMany(e => e.Tags));
        foreach (var (name, value) in tags)
        {
            if (Files.ContainsKey(name))
            {
                shapes.AddRange(AssertValid(name, Assert.IsType<string>(value)));
            }
        }

        return shapes;
    }

    /// <summary>Validates captured-content attributes given as name/value pairs (a log record's attributes, for
    /// example); returns the shapes seen as <see cref="AssertCapturedContent(Activity)"/> does.</summary>
    public static List<string> AssertCapturedContent(IEnumerable<KeyValuePair<string, object?>> attributes)
    {
        var shapes = new List<string>();
        foreach (var (name, value) in attributes)
        {
            if (Files.ContainsKey(name))
            {
                shapes.AddRange(AssertValid(name, Assert.IsType<string>(value)));
            }
        }

        return shapes;
    }

    /// <summary>Validates one attribute's JSON string against its schema, strictly (see the remarks); returns the
    /// shapes it holds (<c>input.part:text</c>, <c>output.finish_reason:stop</c>, <c>output.choices:2</c>...).</summary>
    public static List<string> AssertValid(string attribute, string json)
    {
        var shapes = new List<string> { "attribute:" + attribute };
        var schema = s_schemas.GetOrAdd(attribute, name => Schema.Load(Files[name]));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var results = schema.Whole.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, $"{attribute} does not match {Files[attribute]}: {Errors(results)}\n{json}");

        var kind = attribute switch
        {
            "gen_ai.input.messages" => "input",
            "gen_ai.output.messages" => "output",
            "gen_ai.system_instructions" => "system",
            _ => "tools",
        };
        foreach (var item in root.EnumerateArray())
        {
            if (item.TryGetProperty("parts", out var parts))
            {
                shapes.Add($"{kind}.role:{item.GetProperty("role").GetString()}");
                if (item.TryGetProperty("finish_reason", out var reason))
                {
                    shapes.Add($"{kind}.finish_reason:{reason.GetString()}");
                }

                foreach (var part in parts.EnumerateArray())
                {
                    shapes.Add(AssertSpecific(schema, attribute, part, kind));
                }
            }
            else
            {
                shapes.Add(AssertSpecific(schema, attribute, item, kind));
            }
        }

        if (kind == "output")
        {
            shapes.Add($"output.choices:{root.GetArrayLength()}");
        }

        return shapes;
    }

    private static string AssertSpecific(Schema schema, string attribute, JsonElement part, string kind)
    {
        var type = part.GetProperty("type").GetString()!;
        if (schema.ByType.TryGetValue(type, out var specific))
        {
            var results = specific.Evaluate(part, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(results.IsValid, $"A '{type}' part of {attribute} does not match its own definition: {Errors(results)}\n{part.GetRawText()}");
        }

        return $"{kind}.part:{type}";
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")));

    /// <summary>A schema file: the whole schema, and one schema per definition whose <c>type</c> is a constant.</summary>
    private sealed record Schema(JsonSchema Whole, IReadOnlyDictionary<string, JsonSchema> ByType)
    {
        public static Schema Load(string file)
        {
            var text = File.ReadAllText(SharedFiles.Path("semconv", file));
            var baseUri = new Uri("https://oai.test/semconv/" + file);
            var whole = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, baseUri);
            var defs = JsonNode.Parse(text)!["$defs"]!.AsObject();
            var byType = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
            foreach (var (name, definition) in defs)
            {
                if (definition?["properties"]?["type"]?["const"]?.GetValue<string>() is { } type)
                {
                    // The definition alone, with the file's $defs beside it so its own $refs resolve.
                    var single = new JsonObject { ["$defs"] = defs.DeepClone(), ["$ref"] = "#/$defs/" + name };
                    byType[type] = JsonSchema.FromText(
                        single.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri(baseUri, "#" + name));
                }
            }

            return new Schema(whole, byType);
        }
    }
}
