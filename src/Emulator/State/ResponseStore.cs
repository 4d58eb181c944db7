using System.Collections.Concurrent;
using System.Collections.Generic;
using Oai.Responses;

namespace Oai.Emulator.State;

/// <summary>The emulator's stored responses: each with its final form, the events that streamed it (for
/// <c>starting_after</c>), and whether a background response has been picked up yet.</summary>
internal sealed class ResponseStore
{
    private readonly ConcurrentDictionary<string, Entry> _responses = new(System.StringComparer.Ordinal);

    public void Add(Response final, Response current, IReadOnlyList<(string Name, byte[] Json)> events) =>
        _responses[final.Id] = new Entry(final, current, events);

    public bool TryGet(string id, out Entry entry) => _responses.TryGetValue(id, out entry!);

    public bool Remove(string id) => _responses.TryRemove(id, out _);

    public void Update(string id, Response current)
    {
        if (_responses.TryGetValue(id, out var entry))
        {
            _responses[id] = entry with { Current = current };
        }
    }

    /// <summary>A stored response: <see cref="Final"/> is what it becomes, <see cref="Current"/> what it is now
    /// (queued until a background response is first retrieved).</summary>
    public sealed record Entry(Response Final, Response Current, IReadOnlyList<(string Name, byte[] Json)> Events);
}
