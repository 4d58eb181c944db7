using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A file cited in output text (file search).</summary>
public sealed record FileCitationAnnotation : ResponseAnnotation
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "file_citation";

    /// <summary>Initializes a new instance with its type set to <c>file_citation</c>.</summary>
    public FileCitationAnnotation()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the file.</summary>
    [JsonPropertyName("file_id")]
    public string FileId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the file name, or null.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; init; }

    /// <summary>Gets the position of the citation in the text.</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }
}
