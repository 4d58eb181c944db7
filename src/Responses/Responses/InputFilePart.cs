using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A file in an input message: <c>{"type": "input_file", "file_id" or "file_data", "filename"}</c>.</summary>
public sealed record InputFilePart : ResponseContentPart
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "input_file";

    /// <summary>Initializes a new instance with its type set to <c>input_file</c>.</summary>
    public InputFilePart()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of an uploaded file, or null.</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; init; }

    /// <summary>Gets the file content as a data URL, or null.</summary>
    [JsonPropertyName("file_data")]
    public string? FileData { get; init; }

    /// <summary>Gets the URL of the file, or null.</summary>
    [JsonPropertyName("file_url")]
    public string? FileUrl { get; init; }

    /// <summary>Gets the file name, or null.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; init; }
}
