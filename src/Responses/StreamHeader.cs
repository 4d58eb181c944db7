namespace Oai;

/// <summary>The completion-wide fields an accumulator gathers from a stream's chunks: the first non-empty id, model,
/// creation time and fingerprint win (the usage-only chunk repeats them), the latest usage wins.</summary>
internal sealed class StreamHeader
{
    public string Id { get; private set; } = string.Empty;

    public string Model { get; private set; } = string.Empty;

    public long Created { get; private set; }

    public string? SystemFingerprint { get; private set; }

    public CompletionUsage? Usage { get; private set; }

    public void Append(string id, string model, long created, string? systemFingerprint, CompletionUsage? usage)
    {
        if (Id.Length == 0 && !string.IsNullOrEmpty(id))
        {
            Id = id;
        }

        if (Model.Length == 0 && !string.IsNullOrEmpty(model))
        {
            Model = model;
        }

        if (Created == 0)
        {
            Created = created;
        }

        SystemFingerprint ??= systemFingerprint;
        Usage = usage ?? Usage;
    }
}
