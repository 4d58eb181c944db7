using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Oai.Emulator.Core;
using Oai.FineTuning;

namespace Oai.Emulator.State;

/// <summary>The emulator's fine-tuning jobs, newest last; every read computes the job at the clock's current time.</summary>
internal sealed class JobStore(TimeProvider clock, TimeSpan step, int steps)
{
    private readonly List<EmulatedJob> _jobs = [];
    private readonly HashSet<string> _deletedModels = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public FineTuningJob Create(FineTuningJob created, byte[] trainingContent)
    {
        var now = clock.GetUtcNow();
        var job = new EmulatedJob(created, Validate(trainingContent), Tokens.Of(Encoding.UTF8.GetString(trainingContent)), step, steps, now);
        lock (_gate)
        {
            _jobs.Add(job);
            return job.Snapshot(now);
        }
    }

    /// <summary>Runs <paramref name="read"/> on the job under the store's lock; 404 when there is no such job.</summary>
    public T With<T>(string id, Func<EmulatedJob, DateTimeOffset, T> read)
    {
        lock (_gate)
        {
            var job = _jobs.Find(candidate => candidate.Id == id) ?? throw Errors.NoSuchJob(id);
            return read(job, clock.GetUtcNow());
        }
    }

    public ListPage<FineTuningJob> List(string? after, int limit)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var newestFirst = Enumerable.Reverse(_jobs).Select(job => job.Snapshot(now)).ToList();
            return Pages.After(newestFirst, after, limit, job => job.Id);
        }
    }

    /// <summary>Whether <paramref name="model"/> is the model of a job that has succeeded (usable for chat from then on).</summary>
    public bool IsFineTunedModel(string model)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            return !_deletedModels.Contains(model) && _jobs.Exists(job => job.FineTunedModel == model && job.StatusAt(now) == FineTuningJobStatus.Succeeded);
        }
    }

    /// <summary>The models of the jobs that have succeeded and whose model was not deleted, oldest first, with when
    /// each was made and the organization that owns it.</summary>
    public List<(string Model, DateTimeOffset Created, string Owner)> FineTunedModels()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var models = new List<(string, DateTimeOffset, string)>();
            foreach (var job in _jobs)
            {
                var snapshot = job.Snapshot(now);
                if (snapshot.Status == FineTuningJobStatus.Succeeded && !_deletedModels.Contains(job.FineTunedModel))
                {
                    models.Add((job.FineTunedModel, snapshot.FinishedAt ?? snapshot.CreatedAt, snapshot.OrganizationId ?? "org-emulator"));
                }
            }

            return models;
        }
    }

    /// <summary>Deletes a fine-tuned model: it is no longer listed nor usable. False when it is not a live fine-tuned model.</summary>
    public bool DeleteModel(string model)
    {
        lock (_gate)
        {
            return IsFineTunedModel(model) && _deletedModels.Add(model);
        }
    }

    /// <summary>Checks a training file as the service does before queueing: each non-blank line a JSON object holding
    /// an example (<c>messages</c>, <c>input</c>, or <c>prompt</c> and <c>completion</c>); returns why not, or null.</summary>
    internal static string? Validate(byte[] content)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n');
        var examples = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var example = root.ValueKind == JsonValueKind.Object
                    && ((root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
                        || root.TryGetProperty("input", out _)
                        || (root.TryGetProperty("prompt", out _) && root.TryGetProperty("completion", out _)));
                if (!example)
                {
                    return $"Invalid file format. Line {i + 1}: expected a JSON object with a 'messages' array.";
                }
            }
            catch (JsonException)
            {
                return $"Invalid file format. Line {i + 1} is not valid JSON.";
            }

            examples++;
        }

        return examples == 0 ? "Invalid file format. The training file has no examples." : null;
    }
}
