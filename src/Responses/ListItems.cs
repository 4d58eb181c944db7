using System.Collections.Generic;

namespace Oai.Responses;

/// <summary>The one rule for every list in every record: a list that is null or absent reads as empty, and a null
/// item inside a list whose items cannot be null is dropped.</summary>
/// <remarks>
/// A null item carries nothing to keep (every item the service sends is an object or a string with content), and a
/// reader that trips over one would break a whole response or stream for it. Lists whose items are nullable by
/// design (the per-token <c>token_logprobs</c> and <c>top_logprobs</c> of legacy completions) keep their nulls,
/// since the position is the meaning there.
/// </remarks>
internal static class ListItems
{
    /// <summary>Returns <paramref name="items"/> as it is when it holds no null, an empty list for null, and a copy
    /// without the null items otherwise.</summary>
    public static IReadOnlyList<T> OrEmpty<T>(IReadOnlyList<T>? items)
    {
        if (items is null)
        {
            return [];
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return WithoutNulls(items);
            }
        }

        return items;
    }

    /// <summary>As <see cref="OrEmpty{T}"/>, but a null list stays null (for the few optional lists).</summary>
    public static IReadOnlyList<T>? OrNull<T>(IReadOnlyList<T>? items) => items is null ? null : OrEmpty(items);

    private static List<T> WithoutNulls<T>(IReadOnlyList<T> items)
    {
        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (item is not null)
            {
                kept.Add(item);
            }
        }

        return kept;
    }
}
