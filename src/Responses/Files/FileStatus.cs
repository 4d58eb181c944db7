using System.Text.Json.Serialization;

namespace Oai.Files;

/// <summary>The processing state of an uploaded file (deprecated by the service, still sent); an open set.</summary>
/// <param name="Value">The status exactly as the service sent it.</param>
[JsonConverter(typeof(OpenValueConverter<FileStatus>))]
public readonly record struct FileStatus(string Value) : IOpenValue<FileStatus>
{
    /// <summary>The file was received: <c>uploaded</c>.</summary>
    public static FileStatus Uploaded { get; } = new("uploaded");

    /// <summary>The file was processed and can be used: <c>processed</c>.</summary>
    public static FileStatus Processed { get; } = new("processed");

    /// <summary>Processing failed (see the file's status details): <c>error</c>.</summary>
    public static FileStatus Error { get; } = new("error");

    /// <inheritdoc />
    public static FileStatus Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
