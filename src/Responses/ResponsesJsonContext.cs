using System.Text.Json.Serialization;
using Oai.Responses.Chat;
using Oai.Responses.Completions;
using Oai.Responses.Embeddings;
using Oai.Responses.Files;
using Oai.Responses.FineTuning;

namespace Oai.Responses;

/// <summary>The source-generated JSON context for every record in this assembly; all parsing goes through it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(CheckedJsonElementConverter)])]
[JsonSerializable(typeof(ApiErrorResponse))]
[JsonSerializable(typeof(CompletionUsage))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(ChatCompletionMessage))]
[JsonSerializable(typeof(ChatFunctionToolCall))]
[JsonSerializable(typeof(ChatCustomToolCall))]
[JsonSerializable(typeof(ChatUrlCitationAnnotation))]
[JsonSerializable(typeof(Completion))]
[JsonSerializable(typeof(CreateEmbeddingResponse))]
[JsonSerializable(typeof(FileObject))]
[JsonSerializable(typeof(FileDeletionResult))]
[JsonSerializable(typeof(ListPage<FileObject>))]
[JsonSerializable(typeof(FineTuningJob))]
[JsonSerializable(typeof(FineTuningJobError))]
[JsonSerializable(typeof(ListPage<FineTuningJob>))]
[JsonSerializable(typeof(ListPage<FineTuningJobEvent>))]
[JsonSerializable(typeof(ListPage<FineTuningJobCheckpoint>))]
internal sealed partial class ResponsesJsonContext : JsonSerializerContext;
