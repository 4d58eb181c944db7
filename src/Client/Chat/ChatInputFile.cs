using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The <c>file</c> object of a file content part: set <see cref="FileId"/>, or <see cref="FileData"/> and <see cref="Filename"/>.</summary>
public sealed record ChatInputFile
{
    /// <summary>Gets the file's content as a base64 <c>data:</c> URL.</summary>
    [JsonPropertyName("file_data")]
    public string? FileData { get; init; }

    /// <summary>Gets the id of a file uploaded earlier.</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; init; }

    /// <summary>Gets the file name the model sees, used with <see cref="FileData"/>.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; init; }
}
