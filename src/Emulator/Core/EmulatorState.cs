using System;
using System.Collections.Generic;
using System.Threading;

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
    }

    public TimeProvider Clock { get; }

    public TimeSpan FirstChunkDelay { get; }

    public TimeSpan ChunkDelay { get; }

    public CancellationToken Stopping { get; }

    public Script Script { get; } = new();

    public bool IsKnownModel(string model)
    {
        lock (_gate)
        {
            return _models.Contains(model);
        }
    }

    public void AddModel(string model)
    {
        lock (_gate)
        {
            _models.Add(model);
        }
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
