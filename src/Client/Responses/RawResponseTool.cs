using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A tool this library does not model, sent exactly as its JSON; build it with <see cref="ResponseTool.FromJson"/>.</summary>
public sealed record RawResponseTool : ResponseTool
{
    internal RawResponseTool(string type)
        : base(type)
    {
    }

    /// <summary>Gets the tool's JSON, written exactly as given.</summary>
    [JsonIgnore]
    public JsonElement Json { get; init; }
}
