using System.Text.Json.Serialization;

namespace Oai.Files;

/// <summary>What an uploaded file is for; an open set the service may extend.</summary>
/// <param name="Value">The purpose exactly as the service spells it.</param>
/// <example><code>var file = await client.Files.CreateAsync("train.jsonl", FilePurpose.FineTune);</code></example>
[JsonConverter(typeof(OpenValueConverter<FilePurpose>))]
public readonly record struct FilePurpose(string Value) : IOpenValue<FilePurpose>
{
    /// <summary>Files for the Assistants API: <c>assistants</c>.</summary>
    public static FilePurpose Assistants { get; } = new("assistants");

    /// <summary>Files the Assistants API produced: <c>assistants_output</c>.</summary>
    public static FilePurpose AssistantsOutput { get; } = new("assistants_output");

    /// <summary>Batch API input: <c>batch</c>.</summary>
    public static FilePurpose Batch { get; } = new("batch");

    /// <summary>Batch API output: <c>batch_output</c>.</summary>
    public static FilePurpose BatchOutput { get; } = new("batch_output");

    /// <summary>Fine-tuning training or validation data: <c>fine-tune</c>.</summary>
    public static FilePurpose FineTune { get; } = new("fine-tune");

    /// <summary>Fine-tuning result files: <c>fine-tune-results</c>.</summary>
    public static FilePurpose FineTuneResults { get; } = new("fine-tune-results");

    /// <summary>Images for vision fine-tuning: <c>vision</c>.</summary>
    public static FilePurpose Vision { get; } = new("vision");

    /// <summary>Files for any purpose: <c>user_data</c>.</summary>
    public static FilePurpose UserData { get; } = new("user_data");

    /// <summary>Eval data sets: <c>evals</c>.</summary>
    public static FilePurpose Evals { get; } = new("evals");

    /// <inheritdoc />
    public static FilePurpose Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
