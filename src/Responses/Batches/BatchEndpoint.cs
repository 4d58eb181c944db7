using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>The endpoint a batch's requests go to (every line of one batch goes to the same one); an open set the
/// service may extend.</summary>
/// <param name="Value">The path exactly as the service names it, for example <c>/v1/chat/completions</c>.</param>
[JsonConverter(typeof(OpenValueConverter<BatchEndpoint>))]
public readonly record struct BatchEndpoint(string Value) : IOpenValue<BatchEndpoint>
{
    /// <summary>Chat completions: <c>/v1/chat/completions</c>.</summary>
    public static BatchEndpoint ChatCompletions { get; } = new("/v1/chat/completions");

    /// <summary>Embeddings: <c>/v1/embeddings</c>.</summary>
    public static BatchEndpoint Embeddings { get; } = new("/v1/embeddings");

    /// <summary>Legacy completions: <c>/v1/completions</c>.</summary>
    public static BatchEndpoint Completions { get; } = new("/v1/completions");

    /// <summary>Moderations: <c>/v1/moderations</c>.</summary>
    public static BatchEndpoint Moderations { get; } = new("/v1/moderations");

    /// <summary>The Responses API: <c>/v1/responses</c>.</summary>
    public static BatchEndpoint Responses { get; } = new("/v1/responses");

    /// <inheritdoc />
    public static BatchEndpoint Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
