using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <content>Tool calling parameters.</content>
public sealed partial record ChatCompletionRequest
{
    /// <summary>Gets the tools (functions and custom tools) the model may call.</summary>
    [JsonPropertyName("tools")]
    public IList<ChatTool>? Tools { get; init; }

    /// <summary>Gets which tool, if any, the model calls.</summary>
    [JsonPropertyName("tool_choice")]
    public ChatToolChoice? ToolChoice { get; init; }

    /// <summary>Gets whether the model may call several tools in one turn.</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; init; }
}
