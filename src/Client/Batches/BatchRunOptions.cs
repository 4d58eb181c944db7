using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Oai.Batches;

/// <summary>Settings of <see cref="BatchesClient.RunAsync{TResponse}"/>.</summary>
public sealed class BatchRunOptions
{
    /// <summary>Gets or sets the id of a batch created by an earlier run, to wait for and read instead of starting a
    /// new one (after a restart, for example); null (the default) starts a new batch.</summary>
    /// <remarks>Save the id from <see cref="OnProgress"/>, which sees the batch as soon as it is created. A resumed run
    /// reads the custom ids back from the batch's input file, so it still reports inputs that got no result.</remarks>
    public string? ResumeBatchId { get; set; }

    /// <summary>Gets or sets the time between polls, or null for <see cref="BatchesClient.DefaultPollInterval"/>.</summary>
    public TimeSpan? PollInterval { get; set; }

    /// <summary>Gets or sets what is called with the batch once it is created (or, when resuming, first retrieved) and
    /// whenever its status or request counts change; awaited before the run goes on.</summary>
    public Func<Batch, ValueTask>? OnProgress { get; set; }

    /// <summary>Gets or sets metadata attached to a new batch.</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Gets or sets whether cancelling the run also cancels the batch on the service (default true): a caller
    /// who no longer wants the answers stops paying for them. Set false to leave it running and resume later.</summary>
    public bool CancelBatchOnCancellation { get; set; } = true;

    /// <summary>Gets or sets the folder the input file is written to before its upload (deleted afterwards); null uses
    /// the system's temporary folder.</summary>
    public string? WorkingDirectory { get; set; }
}
