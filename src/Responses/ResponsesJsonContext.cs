using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The source-generated JSON context for every record in this assembly; all parsing goes through it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(ApiErrorResponse))]
internal sealed partial class ResponsesJsonContext : JsonSerializerContext;
