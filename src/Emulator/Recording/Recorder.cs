using System;
using System.IO;
using System.Text.Json;

namespace Oai.Emulator.Recording;

/// <summary>Writes the exchanges of a proxied session to a file, the whole file again after each exchange (so a
/// session cut short still leaves a usable recording), with every secret removed first.</summary>
internal sealed class Recorder(string path, string apiKey)
{
    public const string Redacted = "[REDACTED]";

    private readonly RecordingFile _file = new();
    private readonly object _gate = new();

    public void Add(RecordedExchange exchange)
    {
        lock (_gate)
        {
            _file.Exchanges.Add(exchange);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(_file, EmulatorJsonContext.Default.RecordingFile));
            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>Removes the key wherever it appears (a body echoing a header, an error quoting it).</summary>
    public string? Scrub(string? text) =>
        text is null || apiKey.Length == 0 ? text : text.Replace(apiKey, Redacted, StringComparison.Ordinal);

    /// <summary>Whether a header is left out of recordings: credentials and cookies.</summary>
    public static bool IsSecretHeader(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("api-key", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase);
}
