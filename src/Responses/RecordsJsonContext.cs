using System.Text.Json.Serialization;
using Oai.Batches;
using Oai.Chat;
using Oai.Completions;
using Oai.Embeddings;
using Oai.Files;
using Oai.FineTuning;
using Oai.Models;
using Oai.Moderations;

namespace Oai;

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
[JsonSerializable(typeof(ModelObject))]
[JsonSerializable(typeof(ModelDeletionResult))]
[JsonSerializable(typeof(ListPage<ModelObject>))]
[JsonSerializable(typeof(CreateModerationResponse))]
[JsonSerializable(typeof(ModerationResult))]
[JsonSerializable(typeof(Batch))]
[JsonSerializable(typeof(ListPage<Batch>))]
[JsonSerializable(typeof(BatchOutputLine))]
[JsonSerializable(typeof(BatchInputLineId))]
internal sealed partial class RecordsJsonContext : JsonSerializerContext;
