namespace Oai.UnitTests.FineTuning;

/// <summary>Small fine-tuning response bodies for tests.</summary>
internal static class FineTuningJson
{
    public static string Job(string status, string? fineTunedModel = null, string error = "{}", long? trainedTokens = null) =>
        $$$"""
        {"object":"fine_tuning.job","id":"ftjob-1","model":"gpt-4o-mini-2024-07-18","created_at":1758849620,
         "finished_at":null,"fine_tuned_model":{{{(fineTunedModel is null ? "null" : $"\"{fineTunedModel}\"")}}},
         "organization_id":"org-1","result_files":[],"status":"{{{status}}}","validation_file":null,"training_file":"file-train",
         "hyperparameters":{"n_epochs":3,"batch_size":"auto","learning_rate_multiplier":"auto"},
         "trained_tokens":{{{(trainedTokens is null ? "null" : trainedTokens.ToString())}}},"error":{{{error}}},"seed":42,
         "estimated_finish":null,"integrations":[],"metadata":{"team":"search"}}
        """;

    public static string Event(string id, string message, long createdAt) =>
        $$"""{"object":"fine_tuning.job.event","id":"{{id}}","created_at":{{createdAt}},"level":"info","message":"{{message}}","data":{},"type":"message"}""";

    /// <summary>An event page, newest first as the service sends them.</summary>
    public static string Events(bool hasMore, params string[] events) =>
        $$"""{"object":"list","data":[{{string.Join(",", events)}}],"has_more":{{(hasMore ? "true" : "false")}}}""";
}
