using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>file</c> content part: a file (such as a PDF) the model reads.</summary>
public sealed record ChatFileContentPart : ChatContentPart
{
    /// <summary>Gets the file, by id or inline.</summary>
    [JsonPropertyName("file")]
    public new required ChatInputFile File { get; init; }
}
