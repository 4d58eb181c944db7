using System.Collections.Generic;
using System.Text.Json.Serialization;
using Oai.Chat;

namespace Oai.Responses;

public sealed partial record ResponseRequest
{
    /// <summary>Gets the tools the model may call: your functions and custom tools, and built-in tools (web search,
    /// file search, code interpreter, image generation, remote MCP servers).</summary>
    [JsonPropertyName("tools")]
    public IList<ResponseTool>? Tools { get; init; }

    /// <summary>Gets how the model chooses tools (<see cref="ResponseToolChoice.Auto"/>, <see cref="ResponseToolChoice.Required"/>, a named function...).</summary>
    [JsonPropertyName("tool_choice")]
    public ResponseToolChoice? ToolChoice { get; init; }

    /// <summary>Gets whether the model may call several tools at once.</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; init; }

    /// <summary>Gets the most built-in tool calls the response may make.</summary>
    [JsonPropertyName("max_tool_calls")]
    public int? MaxToolCalls { get; init; }

    /// <summary>Gets the text output's format (text, JSON mode, structured output) and verbosity.</summary>
    [JsonPropertyName("text")]
    public ResponseTextOptions? Text { get; init; }

    /// <summary>Gets the reasoning effort and summary, for reasoning models.</summary>
    [JsonPropertyName("reasoning")]
    public ResponseReasoningOptions? Reasoning { get; init; }

    /// <summary>Gets the most tokens the response may generate, reasoning tokens included.</summary>
    [JsonPropertyName("max_output_tokens")]
    public int? MaxOutputTokens { get; init; }

    /// <summary>Gets the sampling temperature, 0 to 2.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Gets the nucleus sampling probability mass.</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Gets how many most likely tokens to return at each position (0 to 20), with <c>message.output_text.logprobs</c> included.</summary>
    [JsonPropertyName("top_logprobs")]
    public int? TopLogprobs { get; init; }
}
