using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The result of a tool call sent back as input: <see cref="FunctionCallOutputItem"/> or
/// <see cref="CustomToolCallOutputItem"/>. Its <c>output</c> is a string or a list of text, image and file parts.</summary>
public abstract record ToolCallOutputItem : ResponseItem
{
    private readonly ToolOutput _output = new(string.Empty, null);

    /// <summary>Gets the id of the call this answers.</summary>
    [JsonPropertyName("call_id")]
    public string CallId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the output: the string sent, or, when the output is a list of parts, the text of its text parts
    /// joined (see <see cref="OutputParts"/>). Setting it sends a string.</summary>
    [JsonIgnore]
    public string Output { get => _output.Text; init => _output = new(value ?? string.Empty, null); }

    /// <summary>Gets the output as a list of <see cref="InputTextPart"/>, <see cref="InputImagePart"/> and
    /// <see cref="InputFilePart"/> parts (the tool's text, image or file output), or null when the output is a string.
    /// Setting it sends the list.</summary>
    [JsonIgnore]
    public IReadOnlyList<ResponseContentPart>? OutputParts
    {
        get => _output.Parts;
        init => _output = ToolOutput.Of(value);
    }

    // A missing output arrives as default (the serializer sets every init property): the empty string, as NullRule does.
    [JsonInclude]
    [JsonPropertyName("output")]
    internal ToolOutput WireOutput { get => _output; init => _output = value.Text is null ? new(string.Empty, null) : value; }
}
