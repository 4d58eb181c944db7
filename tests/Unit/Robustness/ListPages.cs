using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Oai.UnitTests.Robustness;

/// <summary>Turns one recorded list page into a short run of pages (2 to 4) of real items, linked by
/// <c>has_more</c> and <c>last_id</c> as the service links them.</summary>
internal static class ListPages
{
    private const int MaxItems = 12;

    /// <returns>The pages, and for each the <c>after</c> cursor a client sends to get it.</returns>
    public static (List<string> Pages, List<string?> Cursors) Split(string body, Random random)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        var all = root["data"]!.AsArray();
        var picked = all.Where(_ => random.Next(all.Count) < MaxItems).Take(MaxItems).Select(n => n!.DeepClone()).ToList();
        while (picked.Count < 2)
        {
            picked.Add(all[random.Next(all.Count)]!.DeepClone());
        }

        // Page cursors are item ids: keep them distinct so every page moves the cursor on.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < picked.Count; i++)
        {
            var id = picked[i]!["id"]?.GetValue<string>() ?? "item";
            if (!seen.Add(id))
            {
                id = $"{id}-{i}";
                picked[i]!["id"] = id;
                seen.Add(id);
            }
        }

        var pageCount = Math.Min(picked.Count, random.Next(2, 5));
        var pages = new List<string>();
        var cursors = new List<string?>();
        var start = 0;
        for (var page = 0; page < pageCount; page++)
        {
            var remainingPages = pageCount - page;
            var size = page == pageCount - 1 ? picked.Count - start : random.Next(1, picked.Count - start - remainingPages + 2);
            cursors.Add(start == 0 ? null : picked[start - 1]!["id"]!.GetValue<string>());
            var items = picked.Skip(start).Take(size).Select(n => n!.DeepClone()).ToList();
            start += size;
            var obj = new JsonObject();
            foreach (var (name, value) in root)
            {
                obj[name] = name switch
                {
                    "data" => new JsonArray([.. items]),
                    "has_more" => page < pageCount - 1,
                    "first_id" => items[0]!["id"]!.DeepClone(),
                    "last_id" => items[^1]!["id"]!.DeepClone(),
                    _ => value?.DeepClone(),
                };
            }

            obj["has_more"] = page < pageCount - 1;
            pages.Add(obj.ToJsonString());
        }

        return (pages, cursors);
    }
}
