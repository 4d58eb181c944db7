using System.Collections.Generic;

namespace Oai;

/// <summary>The one null rule for every record property: the wire sends null, absent, <c>{}</c> and <c>[]</c>
/// interchangeably, and a record reads them all the same way.</summary>
/// <remarks>
/// <para>Each property applies it in a one-line <c>init</c> accessor (<c>{ get; init => field = NullRule.Items(value); } = [];</c>),
/// because the System.Text.Json source generator sets init-only properties through the object initializer it
/// generates, passing <c>default</c> for a field the JSON omits: a converter or a contract modifier never sees a
/// missing field, the <c>init</c> accessor always does.</para>
/// <list type="bullet">
/// <item>A list that is null or absent reads as empty, and a null item inside a list of records or strings is
/// dropped (it carries nothing; a reader that tripped over it would break a whole response or stream). Lists whose
/// items are nullable by design (the per-token <c>token_logprobs</c> and <c>top_logprobs</c> of legacy completions)
/// keep their nulls: the position is the meaning there.</item>
/// <item>A string that is null or absent reads as empty (<c>value ?? string.Empty</c>) when the record promises one.</item>
/// <item>An open value that is null or absent reads as the property's default (<see cref="OrDefault{T}"/>).</item>
/// <item>A nested record that is null or absent reads as an empty record (<c>value ?? new()</c>) when the record
/// promises one.</item>
/// </list>
/// </remarks>
internal static class NullRule
{
    /// <summary>Returns <paramref name="items"/> as it is when it holds no null, an empty list for null, and a copy
    /// without the null items otherwise.</summary>
    public static IReadOnlyList<T> Items<T>(IReadOnlyList<T>? items)
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

    /// <summary>As <see cref="Items{T}"/>, but a null list stays null (for the few optional lists).</summary>
    public static IReadOnlyList<T>? ItemsOrNull<T>(IReadOnlyList<T>? items) => items is null ? null : Items(items);

    /// <summary>Returns <paramref name="value"/>, or <paramref name="fallback"/> when it was read from null or absent.</summary>
    public static T OrDefault<T>(this T value, T fallback)
        where T : struct, IOpenValue<T> => value.Value is null ? fallback : value;

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
