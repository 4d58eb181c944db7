namespace Oai.Telemetry;

/// <summary>Every telemetry name this library emits, in one table: OpenTelemetry GenAI semantic conventions v1.41.0,
/// plus the documented custom names for operations the conventions do not cover.</summary>
/// <remarks>Moving to a later convention release means changing this table, not the code that uses it.</remarks>
internal static class GenAi
{
    public const string SchemaUrl = "https://opentelemetry.io/schemas/1.41.0";

    public const string OperationName = "gen_ai.operation.name";
    public const string ProviderName = "gen_ai.provider.name";
    public const string RequestModel = "gen_ai.request.model";
    public const string RequestMaxTokens = "gen_ai.request.max_tokens";
    public const string RequestTemperature = "gen_ai.request.temperature";
    public const string RequestTopP = "gen_ai.request.top_p";
    public const string RequestFrequencyPenalty = "gen_ai.request.frequency_penalty";
    public const string RequestPresencePenalty = "gen_ai.request.presence_penalty";
    public const string RequestSeed = "gen_ai.request.seed";
    public const string RequestStopSequences = "gen_ai.request.stop_sequences";
    public const string RequestChoiceCount = "gen_ai.request.choice.count";
    public const string RequestStream = "gen_ai.request.stream";
    public const string RequestEncodingFormats = "gen_ai.request.encoding_formats";
    public const string OutputType = "gen_ai.output.type";
    public const string ResponseId = "gen_ai.response.id";
    public const string ResponseModel = "gen_ai.response.model";
    public const string ResponseFinishReasons = "gen_ai.response.finish_reasons";
    public const string ResponseTimeToFirstChunk = "gen_ai.response.time_to_first_chunk";
    public const string UsageInputTokens = "gen_ai.usage.input_tokens";
    public const string UsageOutputTokens = "gen_ai.usage.output_tokens";
    public const string UsageCacheReadInputTokens = "gen_ai.usage.cache_read.input_tokens";
    public const string UsageReasoningOutputTokens = "gen_ai.usage.reasoning.output_tokens";
    public const string EmbeddingsDimensionCount = "gen_ai.embeddings.dimension.count";
    public const string InputMessages = "gen_ai.input.messages";
    public const string OutputMessages = "gen_ai.output.messages";
    public const string SystemInstructions = "gen_ai.system_instructions";
    public const string ConversationId = "gen_ai.conversation.id";
    public const string ToolDefinitions = "gen_ai.tool.definitions";
    public const string TokenType = "gen_ai.token.type";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ErrorType = "error.type";

    public const string OpenAiRequestServiceTier = "openai.request.service_tier";
    public const string OpenAiResponseServiceTier = "openai.response.service_tier";
    public const string OpenAiResponseSystemFingerprint = "openai.response.system_fingerprint";
    public const string OpenAiApiType = "openai.api.type";

    /// <summary>The operation name of a legacy completion.</summary>
    public const string OperationTextCompletion = "text_completion";

    /// <summary>The operation name of an embeddings call.</summary>
    public const string OperationEmbeddings = "embeddings";

    // Files and fine-tuning: custom operation names and attributes, documented in docs/files.md and docs/fine-tuning.md.
    public const string OperationFilesCreate = "files.create";
    public const string OperationFilesList = "files.list";
    public const string OperationFilesRetrieve = "files.retrieve";
    public const string OperationFilesDelete = "files.delete";
    public const string OperationFilesContent = "files.content";
    public const string OperationFineTuningJobsCreate = "fine_tuning.jobs.create";
    public const string OperationFineTuningJobsList = "fine_tuning.jobs.list";
    public const string OperationFineTuningJobsRetrieve = "fine_tuning.jobs.retrieve";
    public const string OperationFineTuningJobsCancel = "fine_tuning.jobs.cancel";
    public const string OperationFineTuningJobsPause = "fine_tuning.jobs.pause";
    public const string OperationFineTuningJobsResume = "fine_tuning.jobs.resume";
    public const string OperationFineTuningJobsListEvents = "fine_tuning.jobs.list_events";
    public const string OperationFineTuningJobsListCheckpoints = "fine_tuning.jobs.list_checkpoints";

    /// <summary>The parent span of <c>WaitForCompletionAsync</c> (a <see cref="HelperSpan"/>).</summary>
    public const string OperationFineTuningJobsWait = "fine_tuning.jobs.wait";
    public const string OpenAiFileId = "openai.file.id";
    public const string OpenAiFilePurpose = "openai.file.purpose";
    public const string OpenAiFileBytes = "openai.file.bytes";
    public const string OpenAiFineTuningJobId = "openai.fine_tuning.job.id";
    public const string OpenAiFineTuningJobStatus = "openai.fine_tuning.job.status";
    public const string OpenAiFineTuningTrainedTokens = "openai.fine_tuning.trained_tokens";


    // Models, moderations and batches: custom operation names and attributes, documented in docs/models.md,
    // docs/moderations.md and docs/batches.md.
    public const string OperationModelsList = "models.list";
    public const string OperationModelsRetrieve = "models.retrieve";
    public const string OperationModelsDelete = "models.delete";
    public const string OperationModerations = "moderations";
    public const string OperationBatchesCreate = "batches.create";
    public const string OperationBatchesList = "batches.list";
    public const string OperationBatchesRetrieve = "batches.retrieve";
    public const string OperationBatchesCancel = "batches.cancel";
    public const string OperationBatchesWait = "batches.wait";
    public const string OperationBatchesRun = "batches.run";
    public const string OpenAiBatchId = "openai.batch.id";
    public const string OpenAiBatchEndpoint = "openai.batch.endpoint";
    public const string OpenAiBatchStatus = "openai.batch.status";
    public const string OpenAiBatchRequestsTotal = "openai.batch.request_counts.total";
    public const string OpenAiBatchRequestsCompleted = "openai.batch.request_counts.completed";
    public const string OpenAiBatchRequestsFailed = "openai.batch.request_counts.failed";

    public const string ProviderOpenAi = "openai";
    public const string ProviderAzureOpenAi = "azure.ai.openai";

    /// <summary>The event that carries captured content when it goes to an event rather than the span's attributes.</summary>
    public const string ContentEventName = "gen_ai.client.inference.operation.details";

    /// <summary>The event (a log record, severity WARN) that reports a failed call's exception.</summary>
    public const string ExceptionEventName = "gen_ai.client.operation.exception";

    public const string OperationDurationMetric = "gen_ai.client.operation.duration";
    public const string TokenUsageMetric = "gen_ai.client.token.usage";
    public const string TimeToFirstChunkMetric = "gen_ai.client.operation.time_to_first_chunk";
    public const string TimePerOutputChunkMetric = "gen_ai.client.operation.time_per_output_chunk";

    /// <summary>error.type when the caller's cancellation token ended the call.</summary>
    public const string ErrorCancelled = "cancelled";

    /// <summary>error.type when the caller stopped reading a stream before its end (break, dispose).</summary>
    public const string ErrorStreamClosedEarly = "stream_closed_early";

    /// <summary>error.type of last resort.</summary>
    public const string ErrorOther = "_OTHER";

    /// <summary>Finish reason reported for a choice that never finished (stream broken, cancelled or abandoned).</summary>
    public const string FinishReasonError = "error";
}
