using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The built-in code interpreter tool; build it with <see cref="ResponseTool.CodeInterpreter"/> or <see cref="ResponseTool.CodeInterpreterInContainer"/>.</summary>
public sealed record CodeInterpreterTool : ResponseTool
{
    /// <summary>Initializes a new instance with its type set to <c>code_interpreter</c>.</summary>
    public CodeInterpreterTool()
        : base("code_interpreter")
    {
    }

    /// <summary>Gets the container: an id (<c>"cntr_..."</c>) or <c>{"type": "auto", "file_ids": [...]}</c>.</summary>
    [JsonPropertyName("container")]
    public required JsonElement Container { get; init; }
}
