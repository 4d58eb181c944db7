using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A path to a file the model produced, in output text.</summary>
public sealed record FilePathAnnotation : ResponseAnnotation
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "file_path";

    /// <summary>Initializes a new instance with its type set to <c>file_path</c>.</summary>
    public FilePathAnnotation()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the file.</summary>
    [JsonPropertyName("file_id")]
    public string FileId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the position in the text.</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }
}
