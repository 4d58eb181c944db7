using System;
using System.Collections.Generic;
using System.Threading;
using Oai.Emulator.State;

namespace Oai.Emulator.Core;

/// <summary>Everything an emulator holds: its settings, clock, script, models, files and jobs.</summary>
internal sealed class EmulatorState
{
    private readonly HashSet<string> _models;
    private readonly object _gate = new();

    public EmulatorState(OaiEmulatorOptions options, CancellationToken stopping)
    {
        Clock = options.TimeProvider ?? TimeProvider.System;
        FirstChunkDelay = options.FirstChunkDelay;
        ChunkDelay = options.ChunkDelay;
        _models = new HashSet<string>(options.Models, StringComparer.Ordinal);
        Stopping = stopping;
        Script = new Script(options.RequestLogLimit);
        Files = new FileStore(Clock);
        RateLimiter = options.RequestsPerMinute is null && options.TokensPerMinute is null
            ? null
            : new RateLimiter(Clock, options.RequestsPerMinute, options.TokensPerMinute);
        Jobs = new JobStore(Clock, options.FineTuningStep, options.FineTuningSteps);
    }

    public TimeProvider Clock { get; }

    public TimeSpan FirstChunkDelay { get; }

    public TimeSpan ChunkDelay { get; }

    public CancellationToken Stopping { get; }

    public Script Script { get; }

    public FileStore Files { get; }

    public JobStore Jobs { get; }

    /// <summary>Gets the stored responses of the Responses API, with their events for resuming streams.</summary>
    public ResponseStore Responses { get; } = new();

    /// <summary>Gets the rate limiter, or null when no budget is set.</summary>
    public RateLimiter? RateLimiter { get; }

    public bool IsKnownModel(string model)
    {
        lock (_gate)
        {
            if (_models.Contains(model))
            {
                return true;
            }
        }

        return Jobs.IsFineTunedModel(model);
    }

    public IReadOnlyList<string> ModelIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _models];
            }
        }
    }
}
