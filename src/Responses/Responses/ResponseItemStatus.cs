using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The state of one output item (a message, a tool call); an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
/// <example><code>if (call.Status == ResponseItemStatus.Completed) { /* run it */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<ResponseItemStatus>))]
public readonly record struct ResponseItemStatus(string Value) : IOpenValue<ResponseItemStatus>
{
    /// <summary>The item is being generated.</summary>
    public static ResponseItemStatus InProgress { get; } = new("in_progress");

    /// <summary>The item is complete.</summary>
    public static ResponseItemStatus Completed { get; } = new("completed");

    /// <summary>The item stopped early.</summary>
    public static ResponseItemStatus Incomplete { get; } = new("incomplete");

    /// <summary>A search tool call is searching.</summary>
    public static ResponseItemStatus Searching { get; } = new("searching");

    /// <summary>A code interpreter call is running code.</summary>
    public static ResponseItemStatus Interpreting { get; } = new("interpreting");

    /// <summary>An image generation call is generating.</summary>
    public static ResponseItemStatus Generating { get; } = new("generating");

    /// <summary>The tool call failed.</summary>
    public static ResponseItemStatus Failed { get; } = new("failed");

    /// <inheritdoc />
    public static ResponseItemStatus Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
