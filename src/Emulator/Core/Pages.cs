using System;
using System.Collections.Generic;
using System.Linq;

namespace Oai.Emulator.Core;

/// <summary>Cursor pagination as the service does it: the items after the one whose id is <c>after</c>, at most
/// <c>limit</c> of them, with <c>first_id</c>, <c>last_id</c> and <c>has_more</c>.</summary>
internal static class Pages
{
    public static ListPage<T> After<T>(IReadOnlyList<T> items, string? after, int limit, Func<T, string> idOf)
    {
        var start = 0;
        if (after is not null)
        {
            var index = items.Select(idOf).ToList().IndexOf(after);
            start = index < 0 ? items.Count : index + 1;
        }

        var page = items.Skip(start).Take(limit).ToList();
        return new ListPage<T>
        {
            Data = page,
            FirstId = page.Count > 0 ? idOf(page[0]) : null,
            LastId = page.Count > 0 ? idOf(page[^1]) : null,
            HasMore = start + page.Count < items.Count,
        };
    }
}
