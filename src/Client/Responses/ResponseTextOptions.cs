using System.Text.Json.Serialization;
using Oai.Chat;

namespace Oai.Responses;

/// <summary>The text output settings of a request (<c>text</c>).</summary>
public sealed record ResponseTextOptions
{
    /// <summary>Gets the output format: <see cref="ResponseTextFormat.Text"/>, <see cref="ResponseTextFormat.JsonObject"/>
    /// or a structured-output schema from <see cref="ResponseTextFormat.JsonSchema(string, string, string?, bool?)"/>.</summary>
    [JsonPropertyName("format")]
    public ResponseTextFormat? Format { get; init; }

    /// <summary>Gets how verbose the answer should be.</summary>
    [JsonPropertyName("verbosity")]
    public Verbosity? Verbosity { get; init; }
}
