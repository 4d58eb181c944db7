using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The input of a request: a text, or items (messages, a previous response's output items, tool call outputs).</summary>
/// <remarks>Write a text as a string (<c>Input = "Hello"</c>) and items as a collection expression
/// (<c>Input = [ResponseItem.Developer("Be brief"), ResponseItem.User("Hello")]</c>,
/// <c>Input = [.. first.Output, ResponseItem.FunctionCallOutput(call.CallId, "22 C")]</c>).</remarks>
[JsonConverter(typeof(ResponseInputConverter))]
[CollectionBuilder(typeof(ResponseInput), nameof(Create))]
public sealed class ResponseInput : IEnumerable<ResponseItem>
{
    private ResponseInput(string? text, IReadOnlyList<ResponseItem> items)
    {
        Text = text;
        Items = items;
    }

    /// <summary>Gets the input text, or null when the input is items.</summary>
    public string? Text { get; }

    /// <summary>Gets the input items; empty when the input is a text.</summary>
    public IReadOnlyList<ResponseItem> Items { get; }

    /// <summary>Makes an input of one text, sent as a string.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ResponseInput(string text) => FromText(text);

    /// <summary>Makes an input of one text, sent as a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The input.</returns>
    public static ResponseInput FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, []);
    }

    /// <summary>Makes an input of items, in order; the target of collection expressions.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The input.</returns>
    public static ResponseInput Create(ReadOnlySpan<ResponseItem> items)
    {
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }

        return new(null, items.ToArray());
    }

    /// <summary>Makes an input of items, in order.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The input.</returns>
    public static ResponseInput FromItems(IEnumerable<ResponseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Create([.. items]);
    }

    /// <summary>Enumerates the items (none for a text input).</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<ResponseItem> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
