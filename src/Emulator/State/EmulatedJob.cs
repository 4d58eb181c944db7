using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Oai.Emulator.Core;
using Oai.FineTuning;

namespace Oai.Emulator.State;

/// <summary>One fine-tuning job, computed from the clock rather than driven by a timer: its progress is the active time
/// since creation (pauses excluded), and its status, events and checkpoints all follow from that progress, so a fake
/// clock advanced by a test moves the job exactly as far as it was advanced.</summary>
/// <remarks>Timeline, in steps of <c>step</c>: validating files for one step (a bad training file fails the job
/// there), queued for one, running for <c>steps</c> (a metrics event per step, a checkpoint at the end of each of three
/// epochs), then succeeded. Not thread-safe by itself: <c>JobStore</c> locks around it.</remarks>
internal sealed class EmulatedJob
{
    private const int Epochs = 3;
    private readonly TimeSpan _step;
    private readonly int _steps;
    private readonly List<(DateTimeOffset Wall, TimeSpan Progress)> _runs = [];
    private readonly List<(DateTimeOffset Wall, FineTuningJobEvent Event)> _actions = [];
    private TimeSpan? _pausedProgress;
    private (DateTimeOffset At, TimeSpan Progress)? _cancelled;

    public EmulatedJob(FineTuningJob created, string? invalidReason, long trainingTokens, TimeSpan step, int steps)
    {
        Created = created;
        InvalidReason = invalidReason;
        TrainingTokens = trainingTokens;
        _step = step;
        _steps = steps;
        _runs.Add((created.CreatedAt, TimeSpan.Zero));
    }

    /// <summary>Gets the record as it was created; <see cref="Snapshot"/> gives it at a moment.</summary>
    public FineTuningJob Created { get; }

    public string Id => Created.Id;

    public string? InvalidReason { get; }

    public long TrainingTokens { get; }

    public string FineTunedModel => $"ft:{Created.Model}:emulator:{Created.UserProvidedSuffix}:{Id[^8..]}";

    private TimeSpan Validated => _step;

    private TimeSpan Started => 2 * _step;

    private TimeSpan Finished => Started + (_steps * _step);

    public FineTuningJobStatus StatusAt(DateTimeOffset now)
    {
        if (_cancelled is not null)
        {
            return FineTuningJobStatus.Cancelled;
        }

        var progress = Progress(now);
        if (InvalidReason is not null && progress >= Validated)
        {
            return FineTuningJobStatus.Failed;
        }

        if (_pausedProgress is not null)
        {
            return FineTuningJobStatus.Paused;
        }

        return progress < Validated ? FineTuningJobStatus.ValidatingFiles
            : progress < Started ? FineTuningJobStatus.Queued
            : progress < Finished ? FineTuningJobStatus.Running
            : FineTuningJobStatus.Succeeded;
    }

    public FineTuningJob Snapshot(DateTimeOffset now)
    {
        var status = StatusAt(now);
        var progress = Progress(now);
        var succeeded = status == FineTuningJobStatus.Succeeded;
        var failed = status == FineTuningJobStatus.Failed;
        return Created with
        {
            Status = status,
            FinishedAt = succeeded ? FileStore.Truncate(Wall(Finished)) : failed ? FileStore.Truncate(Wall(Validated)) : status == FineTuningJobStatus.Cancelled ? _cancelled!.Value.At : null,
            EstimatedFinish = status == FineTuningJobStatus.Running ? FileStore.Truncate(now + (Finished - progress)) : null,
            FineTunedModel = succeeded ? FineTunedModel : null,
            TrainedTokens = succeeded ? TrainingTokens * Epochs : null,
            Error = failed ? new FineTuningJobError { Code = "invalid_training_file", Message = InvalidReason, Param = "training_file" } : null,
        };
    }

    public void Pause(DateTimeOffset now)
    {
        _pausedProgress = Progress(now);
        _actions.Add((now, Event($"paused-{_actions.Count}", now, FineTuningJobEventLevel.Info, "Fine-tuning job paused")));
    }

    public void Resume(DateTimeOffset now)
    {
        _runs.Add((now, _pausedProgress!.Value));
        _pausedProgress = null;
        _actions.Add((now, Event($"resumed-{_actions.Count}", now, FineTuningJobEventLevel.Info, "Fine-tuning job resumed")));
    }

    public void Cancel(DateTimeOffset now)
    {
        _cancelled = (FileStore.Truncate(now), Progress(now));
        _actions.Add((now, Event("cancelled", now, FineTuningJobEventLevel.Info, "Fine-tuning job cancelled")));
    }

    /// <summary>Every event so far, oldest first.</summary>
    public List<FineTuningJobEvent> Events(DateTimeOffset now)
    {
        var progress = Progress(now);
        var timeline = new List<(TimeSpan At, string Key, FineTuningJobEventLevel Level, string Message, FineTuningJobEventType Type, JsonElement? Data)>
        {
            (TimeSpan.Zero, "created", FineTuningJobEventLevel.Info, $"Created fine-tuning job: {Id}", FineTuningJobEventType.Message, null),
            (TimeSpan.Zero, "validating", FineTuningJobEventLevel.Info, $"Validating training file: {Created.TrainingFile}", FineTuningJobEventType.Message, null),
        };
        if (InvalidReason is not null)
        {
            timeline.Add((Validated, "failed", FineTuningJobEventLevel.Error, $"The job failed due to an invalid training file. {InvalidReason}", FineTuningJobEventType.Message, null));
        }
        else
        {
            timeline.Add((Validated, "validated", FineTuningJobEventLevel.Info, "Files validated, moving job to queued state", FineTuningJobEventType.Message, null));
            timeline.Add((Started, "started", FineTuningJobEventLevel.Info, "Fine-tuning job started", FineTuningJobEventType.Message, null));
            for (var step = 1; step <= _steps; step++)
            {
                var (loss, accuracy) = Metrics(step);
                var data = JsonSerializer.SerializeToElement(
                    new FineTuningCheckpointMetrics { Step = step, TrainLoss = loss, TrainMeanTokenAccuracy = accuracy },
                    RecordsJsonContext.Default.FineTuningCheckpointMetrics);
                timeline.Add((Started + (step * _step), $"step-{step}", FineTuningJobEventLevel.Info,
                    string.Create(CultureInfo.InvariantCulture, $"Step {step}/{_steps}: training loss={loss:0.0000}"), FineTuningJobEventType.Metrics, data));
                if (IsCheckpoint(step))
                {
                    timeline.Add((Started + (step * _step), $"checkpoint-{step}", FineTuningJobEventLevel.Info,
                        $"Checkpoint created at step {step}", FineTuningJobEventType.Message, null));
                }
            }

            timeline.Add((Finished, "model", FineTuningJobEventLevel.Info, $"New fine-tuned model created: {FineTunedModel}", FineTuningJobEventType.Message, null));
            timeline.Add((Finished, "succeeded", FineTuningJobEventLevel.Info, "The job has successfully completed", FineTuningJobEventType.Message, null));
        }

        var events = new List<(DateTimeOffset Wall, int Order, FineTuningJobEvent Event)>();
        foreach (var item in timeline)
        {
            if (item.At <= progress)
            {
                var wall = Wall(item.At);
                events.Add((wall, events.Count, Event(item.Key, wall, item.Level, item.Message, item.Type, item.Data)));
            }
        }

        foreach (var (wall, action) in _actions)
        {
            events.Add((wall, events.Count, action));
        }

        events.Sort((x, y) => x.Wall != y.Wall ? x.Wall.CompareTo(y.Wall) : x.Order.CompareTo(y.Order));
        return events.ConvertAll(item => item.Event);
    }

    /// <summary>The checkpoints reached so far, oldest first: one at the end of each epoch.</summary>
    public List<FineTuningJobCheckpoint> Checkpoints(DateTimeOffset now)
    {
        var checkpoints = new List<FineTuningJobCheckpoint>();
        if (InvalidReason is not null)
        {
            return checkpoints;
        }

        var progress = Progress(now);
        for (var step = 1; step <= _steps; step++)
        {
            if (!IsCheckpoint(step) || Started + (step * _step) > progress)
            {
                continue;
            }

            var (loss, accuracy) = Metrics(step);
            checkpoints.Add(new FineTuningJobCheckpoint
            {
                Id = "ftckpt_" + Hash($"checkpoint-{step}"),
                CreatedAt = FileStore.Truncate(Wall(Started + (step * _step))),
                FineTunedModelCheckpoint = step == _steps ? FineTunedModel : $"{FineTunedModel}:ckpt-step-{step}",
                FineTuningJobId = Id,
                StepNumber = step,
                Metrics = new FineTuningCheckpointMetrics { Step = step, TrainLoss = loss, TrainMeanTokenAccuracy = accuracy },
            });
        }

        return checkpoints;
    }

    private bool IsCheckpoint(int step) => step == _steps || step * Epochs % _steps == 0;

    private static (double Loss, double Accuracy) Metrics(int step) =>
        (Math.Round(2.0 * Math.Exp(-0.25 * step), 4), Math.Round(Math.Min(1.0, 0.5 + (0.05 * step)), 4));

    /// <summary>The job's active time at <paramref name="now"/>: frozen while paused or once cancelled.</summary>
    private TimeSpan Progress(DateTimeOffset now)
    {
        if (_cancelled is { } cancelled)
        {
            return cancelled.Progress;
        }

        if (_pausedProgress is { } paused)
        {
            return paused;
        }

        var run = _runs[^1];
        return run.Progress + (now > run.Wall ? now - run.Wall : TimeSpan.Zero);
    }

    /// <summary>The clock time at which the job reached a progress already made.</summary>
    private DateTimeOffset Wall(TimeSpan progress)
    {
        var run = _runs[0];
        foreach (var candidate in _runs)
        {
            if (candidate.Progress <= progress)
            {
                run = candidate;
            }
        }

        return run.Wall + (progress - run.Progress);
    }

    private FineTuningJobEvent Event(string key, DateTimeOffset at, FineTuningJobEventLevel level, string message, FineTuningJobEventType? type = null, JsonElement? data = null) => new()
    {
        Id = "ftevent-" + Hash(key),
        CreatedAt = FileStore.Truncate(at),
        Level = level,
        Message = message,
        Type = type ?? FineTuningJobEventType.Message,
        Data = data ?? EmptyData,
    };

    private static JsonElement EmptyData { get; } = JsonDocument.Parse("{}").RootElement;

    /// <summary>A stable id per job and key, so pagination cursors stay valid between calls.</summary>
    private string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Id + "/" + key)))[..24];
}
