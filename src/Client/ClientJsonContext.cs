using System.Collections.Generic;
using System.Text.Json.Serialization;
using Oai.Batches;
using Oai.Chat;
using Oai.Completions;
using Oai.Embeddings;
using Oai.FineTuning;
using Oai.Moderations;
using Oai.Responses;

namespace Oai;

/// <summary>The source-generated JSON context for every request type in this assembly; all serialisation goes through it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(CompletionRequest))]
[JsonSerializable(typeof(EmbeddingRequest))]
[JsonSerializable(typeof(FineTuningJobRequest))]
[JsonSerializable(typeof(ResponseRequest))]
[JsonSerializable(typeof(ResponseCompactRequest))]
[JsonSerializable(typeof(InputTokensBody))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(FunctionTool))]
[JsonSerializable(typeof(CustomTool))]
[JsonSerializable(typeof(WebSearchTool))]
[JsonSerializable(typeof(FileSearchTool))]
[JsonSerializable(typeof(CodeInterpreterTool))]
[JsonSerializable(typeof(ImageGenerationTool))]
[JsonSerializable(typeof(McpTool))]
[JsonSerializable(typeof(ModerationRequest))]
[JsonSerializable(typeof(BatchRequest))]
// Reached only through custom converters (message content), so named here for the generator.
[JsonSerializable(typeof(ChatContentPart))]
[JsonSerializable(typeof(List<ChatContentPart>))]
[JsonSerializable(typeof(ChatToolChoice))]
internal sealed partial class ClientJsonContext : JsonSerializerContext;
