using System;

namespace Oai.Files;

/// <summary>When an uploaded file expires: a number of seconds after an anchor time (today only <c>created_at</c>).</summary>
/// <remarks>The service accepts 3600 (one hour) to 2592000 (30 days) seconds and checks the range itself.</remarks>
/// <example><code>await client.Files.CreateAsync("batch.jsonl", FilePurpose.Batch, FileExpiresAfter.AfterCreation(TimeSpan.FromDays(7)));</code></example>
public sealed record FileExpiresAfter
{
    /// <summary>Gets the anchor the expiry counts from, <c>created_at</c> unless set.</summary>
    public string Anchor { get; init; } = "created_at";

    /// <summary>Gets the number of seconds after the anchor when the file expires.</summary>
    public required long Seconds { get; init; }

    /// <summary>Creates a policy that expires the file a time after its creation.</summary>
    /// <param name="delay">The time after creation, in whole seconds.</param>
    /// <returns>The policy.</returns>
    public static FileExpiresAfter AfterCreation(TimeSpan delay) => new() { Seconds = (long)delay.TotalSeconds };
}
