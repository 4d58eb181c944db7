using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Oai.Emulator.Core;

/// <summary>Handles one request to an endpoint.</summary>
internal delegate Task EndpointHandler(EndpointContext context);

/// <summary>Tells whether a content reply (text, tool calls, refusal) can answer a request to an endpoint.</summary>
internal delegate bool ReplyFilter(EmulatorReply reply, EmulatorRequest request);

/// <summary>The emulator's route table: a method and a path template (<c>fine_tuning/jobs/{id}/events</c>, relative
/// to <c>/v1/</c>) per handler, matched segment by segment. No reflection, so it stays trim- and AOT-clean.</summary>
internal sealed class Router
{
    private readonly List<Route> _routes = [];

    /// <summary>Adds a route; <paramref name="accepts"/> says which content replies it takes (none when null).</summary>
    public void Map(string method, string template, EndpointHandler handler, ReplyFilter? accepts = null) =>
        _routes.Add(new Route(method, template.Split('/'), handler, accepts));

    /// <summary>Finds the route for a request, with the values of its <c>{name}</c> segments; when none matches,
    /// <paramref name="pathKnown"/> says whether the path exists under another method (405 rather than 404).</summary>
    public Route? Find(string method, string path, out Dictionary<string, string> values, out bool pathKnown)
    {
        var segments = path.Split('/');
        pathKnown = false;
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in _routes)
        {
            if (!Matches(route.Segments, segments, values))
            {
                values.Clear();
                continue;
            }

            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return route;
            }

            pathKnown = true;
            values.Clear();
        }

        return null;
    }

    private static bool Matches(string[] template, string[] segments, Dictionary<string, string> values)
    {
        if (template.Length != segments.Length)
        {
            return false;
        }

        for (var i = 0; i < template.Length; i++)
        {
            var part = template[i];
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }

                values[part[1..^1]] = segments[i];
            }
            else if (!string.Equals(part, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One entry of the route table.</summary>
internal sealed record Route(string Method, string[] Segments, EndpointHandler Handler, ReplyFilter? Accepts);
