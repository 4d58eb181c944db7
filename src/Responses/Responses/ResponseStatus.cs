using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The state of a response; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
/// <example><code>if (response.Status == ResponseStatus.Completed) { /* done */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<ResponseStatus>))]
public readonly record struct ResponseStatus(string Value) : IOpenValue<ResponseStatus>
{
    /// <summary>The response finished.</summary>
    public static ResponseStatus Completed { get; } = new("completed");

    /// <summary>The response failed; see <see cref="Response.Error"/>.</summary>
    public static ResponseStatus Failed { get; } = new("failed");

    /// <summary>The response is being generated.</summary>
    public static ResponseStatus InProgress { get; } = new("in_progress");

    /// <summary>A background response waits to start.</summary>
    public static ResponseStatus Queued { get; } = new("queued");

    /// <summary>A background response was cancelled.</summary>
    public static ResponseStatus Cancelled { get; } = new("cancelled");

    /// <summary>The response stopped early; see <see cref="Response.IncompleteDetails"/>.</summary>
    public static ResponseStatus Incomplete { get; } = new("incomplete");

    /// <inheritdoc />
    public static ResponseStatus Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
