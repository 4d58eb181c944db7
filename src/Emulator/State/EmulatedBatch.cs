using System;
using System.Collections.Generic;
using System.Text.Json;
using Oai.Batches;

namespace Oai.Emulator.State;

/// <summary>One batch, computed from the clock like <see cref="EmulatedJob"/>: its status, counts and timestamps follow
/// from the time since creation, and its lines run (through <c>BatchStore</c>) when the clock reaches them.</summary>
/// <remarks>Timeline, in steps of <c>step</c>: validating for one step (an input that failed validation fails the batch
/// there), in progress for one (line <c>i</c> of <c>n</c> is due at <c>step + step * i / n</c>), finalizing for one,
/// then completed. Cancelling stops the lines not yet run and ends in cancelled one step later. A batch that would not
/// complete (three steps) within its 24-hour window expires then, whether or not its lines all ran. Not thread-safe by itself: <c>BatchStore</c> locks.</remarks>
internal sealed class EmulatedBatch
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly TimeSpan _step;
    private readonly DateTimeOffset _start;
    private TimeSpan? _cancelledAt;

    public EmulatedBatch(Batch created, IReadOnlyList<BatchLine> lines, IReadOnlyList<BatchError> invalid, string? model, TimeSpan step, DateTimeOffset start)
    {
        Created = created;
        Lines = lines;
        Invalid = invalid;
        Model = model;
        _step = step;
        _start = start;
    }

    public Batch Created { get; }

    public string Id => Created.Id;

    /// <summary>Gets the input lines (empty when the input failed validation).</summary>
    public IReadOnlyList<BatchLine> Lines { get; }

    /// <summary>Gets why the input failed validation; empty when it passed.</summary>
    public IReadOnlyList<BatchError> Invalid { get; }

    public string? Model { get; }

    /// <summary>Gets the results of the lines run so far, in input order.</summary>
    public List<LineResult> Results { get; } = [];

    /// <summary>Gets or sets the result files once written.</summary>
    public (string? Output, string? Error)? Files { get; set; }

    private bool Expires => 3 * _step > Window;

    /// <summary>How many lines are due at <paramref name="now"/>: none before the run starts, none after a cancel or
    /// the window's end.</summary>
    public int DueLines(DateTimeOffset now)
    {
        if (Invalid.Count > 0)
        {
            return 0;
        }

        var progress = Progress(now);
        if (_cancelledAt is { } cancelled && cancelled < progress)
        {
            progress = cancelled;
        }

        if (progress > Window)
        {
            progress = Window;
        }

        if (progress < _step)
        {
            return 0;
        }

        var due = ((progress - _step).Ticks * (long)Lines.Count / _step.Ticks) + 1;
        return (int)Math.Min(Lines.Count, due);
    }

    public BatchStatus StatusAt(DateTimeOffset now)
    {
        var progress = Progress(now);
        if (_cancelledAt is { } cancelled)
        {
            return progress < cancelled + _step ? BatchStatus.Cancelling : BatchStatus.Cancelled;
        }

        if (progress < _step)
        {
            return BatchStatus.Validating;
        }

        if (Invalid.Count > 0)
        {
            return BatchStatus.Failed;
        }

        if (Expires && progress >= Window)
        {
            return BatchStatus.Expired;
        }

        return progress < 2 * _step ? BatchStatus.InProgress : progress < 3 * _step ? BatchStatus.Finalizing : BatchStatus.Completed;
    }

    /// <summary>When the batch reached its terminal status (for the result files' dates), or null while it has not.</summary>
    public DateTimeOffset? EndedAt(DateTimeOffset now)
    {
        var status = StatusAt(now);
        return status == BatchStatus.Completed ? At(3 * _step)
            : status == BatchStatus.Expired ? At(Window)
            : status == BatchStatus.Cancelled ? At(_cancelledAt!.Value + _step)
            : status == BatchStatus.Failed ? At(_step)
            : null;
    }

    /// <summary>Whether the batch can still be cancelled (validating, in progress or finalizing).</summary>
    public bool Cancel(DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status == BatchStatus.Cancelling)
        {
            return true;
        }

        if (status != BatchStatus.Validating && status != BatchStatus.InProgress && status != BatchStatus.Finalizing)
        {
            return false;
        }

        _cancelledAt = Progress(now);
        return true;
    }

    public Batch Snapshot(DateTimeOffset now)
    {
        var status = StatusAt(now);
        var validated = Invalid.Count == 0 && Progress(now) >= _step && (_cancelledAt is not { } c || c >= _step);
        int completed = 0, failed = 0;
        long input = 0, output = 0;
        foreach (var result in Results)
        {
            _ = result.Succeeded ? completed++ : failed++;
            input += result.InputTokens;
            output += result.OutputTokens;
        }

        if (status == BatchStatus.Expired)
        {
            failed += Lines.Count - Results.Count;
        }

        var files = Files;
        var finalizing = status == BatchStatus.Finalizing || status == BatchStatus.Completed;
        return Created with
        {
            Status = status,
            Model = validated ? Model : null,
            Errors = Invalid.Count > 0 && status == BatchStatus.Failed ? new ListPage<BatchError> { Data = Invalid } : null,
            RequestCounts = new BatchRequestCounts { Total = validated ? Lines.Count : 0, Completed = completed, Failed = failed },
            Usage = Usage(input, output),
            InProgressAt = validated ? At(_step) : null,
            FinalizingAt = finalizing ? At(2 * _step) : null,
            CompletedAt = status == BatchStatus.Completed ? At(3 * _step) : null,
            FailedAt = status == BatchStatus.Failed ? At(_step) : null,
            ExpiredAt = status == BatchStatus.Expired ? At(Window) : null,
            CancellingAt = _cancelledAt is { } cancelling ? At(cancelling) : null,
            CancelledAt = status == BatchStatus.Cancelled ? At(_cancelledAt!.Value + _step) : null,
            OutputFileId = files?.Output,
            ErrorFileId = files?.Error,
        };
    }

    /// <summary>The service's usage object, with its token details (kept as extension data by the record).</summary>
    private static BatchUsage Usage(long input, long output) => new()
    {
        InputTokens = input,
        OutputTokens = output,
        TotalTokens = input + output,
        AdditionalProperties = new Dictionary<string, JsonElement>
        {
            ["input_tokens_details"] = JsonDocument.Parse("""{"cached_tokens":0}""").RootElement.Clone(),
            ["output_tokens_details"] = JsonDocument.Parse("""{"reasoning_tokens":0}""").RootElement.Clone(),
        },
    };

    private TimeSpan Progress(DateTimeOffset now) => now > _start ? now - _start : TimeSpan.Zero;

    private DateTimeOffset At(TimeSpan progress) => FileStore.Truncate(_start + progress);
}

/// <summary>One input line that passed validation.</summary>
internal sealed record BatchLine(string CustomId, string Path, JsonElement Body);

/// <summary>What one line got: the output line as the service writes it, and the tokens it used.</summary>
internal sealed record LineResult(bool Succeeded, byte[] Json, long InputTokens, long OutputTokens);
