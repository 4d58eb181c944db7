using System;
using System.Collections.Generic;

namespace Oai.Emulator.Core;

/// <summary>The queue of scripted replies, and the log of the most recent requests received; thread-safe.</summary>
internal sealed class Script(int requestLogLimit)
{
    private readonly List<EmulatorReply> _replies = [];
    private readonly Queue<EmulatorRequest> _requests = new();
    private readonly object _gate = new();

    public void Enqueue(EmulatorReply reply)
    {
        lock (_gate)
        {
            _replies.Add(reply);
        }
    }

    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _replies.Count;
            }
        }
    }

    public void Log(EmulatorRequest request)
    {
        lock (_gate)
        {
            _requests.Enqueue(request);
            while (_requests.Count > requestLogLimit)
            {
                _requests.Dequeue();
            }
        }
    }

    public IReadOnlyList<EmulatorRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Removes and returns the first queued reply that matches the request, or null.</summary>
    public EmulatorReply? Take(EmulatorRequest request, Route route)
    {
        lock (_gate)
        {
            for (var i = 0; i < _replies.Count; i++)
            {
                var reply = _replies[i];
                if (Matches(reply, request, route))
                {
                    _replies.RemoveAt(i);
                    return reply;
                }
            }

            return null;
        }
    }

    private static bool Matches(EmulatorReply reply, EmulatorRequest request, Route route)
    {
        if (reply.Path is { } path && !string.Equals(Normalize(path), request.Path, StringComparison.Ordinal))
        {
            return false;
        }

        if (reply.Model is { } model && !string.Equals(model, request.Model, StringComparison.Ordinal))
        {
            return false;
        }

        var isContent = reply.Kind is ReplyKind.Text or ReplyKind.ToolCalls or ReplyKind.Refusal;
        if (isContent && (route.Accepts is null || !route.Accepts(reply, request)))
        {
            return false;
        }

        return reply.When is null || reply.When(request);
    }

    /// <summary>Accepts <c>/v1/chat/completions</c>, <c>v1/chat/completions</c> and <c>chat/completions</c> alike.</summary>
    private static string Normalize(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.StartsWith("v1/", StringComparison.Ordinal) ? trimmed[3..] : trimmed;
    }
}
