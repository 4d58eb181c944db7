using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace Oai.UnitTests.TestSupport;

/// <summary>Validates captured content against the GenAI conventions' JSON schemas in <c>../shared/semconv</c>.</summary>
internal static class SemconvSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> s_schemas = new();

    public static void AssertValid(string schemaFile, string json)
    {
        var schema = s_schemas.GetOrAdd(schemaFile, static file => JsonSchema.FromText(File.ReadAllText(SharedFiles.Path("semconv", file))));
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"Expected {json} to be valid against {schemaFile}: {string.Join("; ", errors)}");
    }
}
