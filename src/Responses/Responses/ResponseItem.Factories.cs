using System.Collections.Generic;

namespace Oai.Responses;

public abstract partial record ResponseItem
{
    /// <summary>Creates a user message of plain text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A <see cref="MessageItem"/> with one <see cref="InputTextPart"/>.</returns>
    public static MessageItem User(string text) => Message(ResponseRole.User, ResponseContentPart.InputText(text));

    /// <summary>Creates a user message of several parts (text, images, files).</summary>
    /// <param name="parts">The parts, in order.</param>
    /// <returns>A <see cref="MessageItem"/>.</returns>
    /// <example><code>ResponseItem.User(ResponseContentPart.InputText("What is this?"), ResponseContentPart.InputImage(url))</code></example>
    public static MessageItem User(params ResponseContentPart[] parts) => Message(ResponseRole.User, parts);

    /// <summary>Creates a system message (instructions for older models; prefer <see cref="Developer"/> or the request's instructions).</summary>
    /// <param name="text">The instructions.</param>
    /// <returns>A <see cref="MessageItem"/>.</returns>
    public static MessageItem System(string text) => Message(ResponseRole.System, ResponseContentPart.InputText(text));

    /// <summary>Creates a developer message (instructions that outrank the user's).</summary>
    /// <param name="text">The instructions.</param>
    /// <returns>A <see cref="MessageItem"/>.</returns>
    public static MessageItem Developer(string text) => Message(ResponseRole.Developer, ResponseContentPart.InputText(text));

    /// <summary>Creates an assistant message, to replay earlier model output as conversation history.</summary>
    /// <param name="text">What the model said.</param>
    /// <returns>A <see cref="MessageItem"/> with one <see cref="OutputTextPart"/>.</returns>
    public static MessageItem Assistant(string text) => Message(ResponseRole.Assistant, new OutputTextPart { Text = text });

    /// <summary>Creates the output of a function call, to send back after running the function.</summary>
    /// <param name="callId">The <see cref="FunctionCallItem.CallId"/> of the call answered.</param>
    /// <param name="output">The result, usually JSON text.</param>
    /// <returns>A <see cref="FunctionCallOutputItem"/>.</returns>
    public static FunctionCallOutputItem FunctionCallOutput(string callId, string output) => new() { CallId = callId, Output = output };

    /// <summary>Creates the output of a function call as parts: text, images (<see cref="ResponseContentPart.InputImage"/>)
    /// or files the model should see.</summary>
    /// <param name="callId">The <see cref="FunctionCallItem.CallId"/> of the call answered.</param>
    /// <param name="output">The parts of the result.</param>
    /// <returns>A <see cref="FunctionCallOutputItem"/>.</returns>
    public static FunctionCallOutputItem FunctionCallOutput(string callId, params IReadOnlyList<ResponseContentPart> output) =>
        new() { CallId = callId, OutputParts = output };

    /// <summary>Creates the output of a custom tool call, to send back after running the tool.</summary>
    /// <param name="callId">The <see cref="CustomToolCallItem.CallId"/> of the call answered.</param>
    /// <param name="output">The result.</param>
    /// <returns>A <see cref="CustomToolCallOutputItem"/>.</returns>
    public static CustomToolCallOutputItem CustomToolCallOutput(string callId, string output) => new() { CallId = callId, Output = output };

    /// <summary>Creates the answer to an MCP approval request.</summary>
    /// <param name="approvalRequestId">The <see cref="ResponseItem.Id"/> of the <see cref="McpApprovalRequestItem"/>.</param>
    /// <param name="approve">Whether the call may go ahead.</param>
    /// <param name="reason">Why, or null.</param>
    /// <returns>A <see cref="McpApprovalResponseItem"/>.</returns>
    public static McpApprovalResponseItem McpApproval(string approvalRequestId, bool approve, string? reason = null) =>
        new() { ApprovalRequestId = approvalRequestId, Approve = approve, Reason = reason };

    private static MessageItem Message(ResponseRole role, params ResponseContentPart[] parts) => new() { Role = role, Content = parts };
}
