using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A file in a code interpreter container cited in output text.</summary>
public sealed record ContainerFileCitationAnnotation : ResponseAnnotation
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "container_file_citation";

    /// <summary>Initializes a new instance with its type set to <c>container_file_citation</c>.</summary>
    public ContainerFileCitationAnnotation()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the container.</summary>
    [JsonPropertyName("container_id")]
    public string ContainerId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the id of the file.</summary>
    [JsonPropertyName("file_id")]
    public string FileId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the file name, or null.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; init; }

    /// <summary>Gets where the citation starts in the text.</summary>
    [JsonPropertyName("start_index")]
    public int StartIndex { get; init; }

    /// <summary>Gets where the citation ends in the text.</summary>
    [JsonPropertyName("end_index")]
    public int EndIndex { get; init; }
}
