using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The <c>object</c> field naming what kind of object a response is; an open set the service may extend.</summary>
/// <param name="Value">The kind exactly as the service sent it.</param>
/// <example><code>if (chunk.Object == ObjectKind.ChatCompletionChunk) { /* a streamed delta */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<ObjectKind>))]
public readonly record struct ObjectKind(string Value) : IOpenValue<ObjectKind>
{
    /// <summary>A complete chat completion: <c>chat.completion</c>.</summary>
    public static ObjectKind ChatCompletion { get; } = new("chat.completion");

    /// <summary>A streamed chat completion chunk: <c>chat.completion.chunk</c>.</summary>
    public static ObjectKind ChatCompletionChunk { get; } = new("chat.completion.chunk");

    /// <summary>A legacy text completion: <c>text_completion</c>.</summary>
    public static ObjectKind TextCompletion { get; } = new("text_completion");

    /// <summary>A list page: <c>list</c>.</summary>
    public static ObjectKind List { get; } = new("list");

    /// <summary>An uploaded file: <c>file</c>.</summary>
    public static ObjectKind File { get; } = new("file");

    /// <summary>An embedding vector: <c>embedding</c>.</summary>
    public static ObjectKind Embedding { get; } = new("embedding");

    /// <summary>A fine-tuning job: <c>fine_tuning.job</c>.</summary>
    public static ObjectKind FineTuningJob { get; } = new("fine_tuning.job");

    /// <summary>A fine-tuning job event: <c>fine_tuning.job.event</c>.</summary>
    public static ObjectKind FineTuningJobEvent { get; } = new("fine_tuning.job.event");

    /// <summary>A fine-tuning job checkpoint: <c>fine_tuning.job.checkpoint</c>.</summary>
    public static ObjectKind FineTuningJobCheckpoint { get; } = new("fine_tuning.job.checkpoint");

    /// <summary>A model response of the Responses API: <c>response</c>.</summary>
    public static ObjectKind Response { get; } = new("response");

    /// <summary>The result of deleting a response: <c>response.deleted</c>.</summary>
    public static ObjectKind ResponseDeleted { get; } = new("response.deleted");

    /// <summary>An input token count: <c>response.input_tokens</c>.</summary>
    public static ObjectKind ResponseInputTokens { get; } = new("response.input_tokens");

    /// <summary>A compacted conversation: <c>response.compaction</c>.</summary>
    public static ObjectKind ResponseCompaction { get; } = new("response.compaction");
    /// <summary>A model: <c>model</c>.</summary>
    public static ObjectKind Model { get; } = new("model");

    /// <summary>A batch: <c>batch</c>.</summary>
    public static ObjectKind Batch { get; } = new("batch");

    /// <inheritdoc />
    public static ObjectKind Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
