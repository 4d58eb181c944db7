using System;
using System.Collections.Generic;
using Oai.Chat;
using Oai.Emulator.Core;

namespace Oai.Emulator;

/// <summary>A scripted reply: what the emulator answers to the next request it matches, queued with
/// <see cref="OaiEmulator.Enqueue"/>.</summary>
/// <remarks>
/// <para>Build one with a factory (<see cref="Text"/>, <see cref="ToolCall"/>, <see cref="Error"/>...) and narrow or
/// shape it with a <c>with</c> expression: <c>EmulatorReply.Text("hi") with { Model = "gpt-4o", CutAfterChunks = 2 }</c>.
/// Each reply answers one request; replies are tried in the order they were queued, and a request no reply matches gets
/// the emulator's own answer.</para>
/// <para>Content replies (<see cref="Text"/>, <see cref="ToolCall"/>, <see cref="Refusal"/>) shape a completion and match
/// only the endpoints that produce one (a tool call only a chat request that offers that function); the others
/// (<see cref="Json"/>, <see cref="Error"/>, <see cref="Reset"/>, <see cref="Stall"/>) answer any endpoint.</para>
/// </remarks>
/// <example>
/// <code>
/// emulator.Enqueue(EmulatorReply.Error(429, new ApiError { Message = "Slow down", Type = "requests" }) with
/// {
///     Headers = new Dictionary&lt;string, string&gt; { ["Retry-After"] = "1" },
/// });
/// </code>
/// </example>
public sealed record EmulatorReply
{
    private EmulatorReply(ReplyKind kind) => Kind = kind;

    /// <summary>Gets the request path this reply answers, relative to <c>/v1/</c> (<c>chat/completions</c>), or null for any.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the <c>model</c> of the requests this reply answers, or null for any.</summary>
    public string? Model { get; init; }

    /// <summary>Gets a test on the request this reply answers, or null for any.</summary>
    public Func<EmulatorRequest, bool>? When { get; init; }

    /// <summary>Gets headers added to the response (after <c>x-request-id</c>, which every response has).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Gets the wait before the response headers are sent (slow headers); zero by default.</summary>
    public TimeSpan HeadersDelay { get; init; }

    /// <summary>Gets the wait before a stream's first chunk, replacing <see cref="OaiEmulatorOptions.FirstChunkDelay"/>; null keeps it.</summary>
    public TimeSpan? FirstChunkDelay { get; init; }

    /// <summary>Gets the wait between a stream's chunks, replacing <see cref="OaiEmulatorOptions.ChunkDelay"/>; null keeps it.</summary>
    public TimeSpan? ChunkDelay { get; init; }

    /// <summary>Gets how many chunks a stream sends before its body ends without <c>[DONE]</c>; null sends them all.</summary>
    public int? CutAfterChunks { get; init; }

    /// <summary>Gets how many chunks a stream sends before an error event (<see cref="StreamError"/>) ends it; null sends none.</summary>
    public int? ErrorAfterChunks { get; init; }

    /// <summary>Gets the error of the event sent after <see cref="ErrorAfterChunks"/> chunks; null sends a
    /// <c>server_error</c>.</summary>
    public ApiError? StreamError { get; init; }

    /// <summary>Gets how many chunks a stream sends before it goes silent, connection open, until the client leaves; null never stalls.</summary>
    public int? StallAfterChunks { get; init; }

    internal ReplyKind Kind { get; }

    internal string? Content { get; private init; }

    internal IReadOnlyList<ChatFunctionCall> Calls { get; private init; } = [];

    internal int StatusCode { get; private init; } = 200;

    internal ApiError? ErrorBody { get; private init; }

    internal FinishReason? Finish { get; private init; }

    /// <summary>The same reply with its text cut (by <c>max_tokens</c>) and the finish reason that says so.</summary>
    internal EmulatorReply WithContent(string content, FinishReason finish) => this with { Content = content, Finish = finish };

    /// <summary>A completion whose text is <paramref name="text"/>, streamed word by word.</summary>
    /// <param name="text">The assistant's text.</param>
    /// <returns>The reply.</returns>
    public static EmulatorReply Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(ReplyKind.Text) { Content = text };
    }

    /// <summary>A chat completion that calls one function; it answers only a request whose <c>tools</c> offer it.</summary>
    /// <param name="name">The function name.</param>
    /// <param name="arguments">The arguments, as the JSON text the model would write.</param>
    /// <returns>The reply.</returns>
    public static EmulatorReply ToolCall(string name, string arguments) => ToolCalls(new ChatFunctionCall { Name = name, Arguments = arguments });

    /// <summary>A chat completion that calls several functions at once; it answers only a request whose <c>tools</c> offer them all.</summary>
    /// <param name="calls">The calls, in order.</param>
    /// <returns>The reply.</returns>
    public static EmulatorReply ToolCalls(params IReadOnlyList<ChatFunctionCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
        {
            throw new ArgumentException("A tool-call reply needs at least one call.", nameof(calls));
        }

        foreach (var call in calls)
        {
            ArgumentException.ThrowIfNullOrEmpty(call?.Name, nameof(calls));
        }

        return new(ReplyKind.ToolCalls) { Calls = [.. calls] };
    }

    /// <summary>A chat completion in which the model refuses, with <c>refusal</c> set and no content.</summary>
    /// <param name="refusal">The refusal text.</param>
    /// <returns>The reply.</returns>
    public static EmulatorReply Refusal(string refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(ReplyKind.Refusal) { Content = refusal };
    }

    /// <summary>A body of your own, sent as <c>application/json</c> exactly as given (valid JSON or not).</summary>
    /// <param name="body">The body text.</param>
    /// <param name="statusCode">The status code (default 200).</param>
    /// <returns>The reply.</returns>
    public static EmulatorReply Json(string body, int statusCode = 200)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new(ReplyKind.Json) { Content = body, StatusCode = statusCode };
    }

    /// <summary>An error status with an OpenAI-shaped error body; add <see cref="Headers"/> such as <c>Retry-After</c> with <c>with</c>.</summary>
    /// <param name="statusCode">The status code, for example 429 or 500.</param>
    /// <param name="error">The error object of the body.</param>
    /// <returns>The reply.</returns>
    public static EmulatorReply Error(int statusCode, ApiError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(ReplyKind.Error) { StatusCode = statusCode, ErrorBody = error };
    }

    /// <summary>A connection reset: the emulator aborts the connection without answering.</summary>
    /// <returns>The reply.</returns>
    public static EmulatorReply Reset() => new(ReplyKind.Reset);

    /// <summary>A stall: the emulator never answers, until the client gives up (its timeout or cancellation) or the emulator stops.</summary>
    /// <returns>The reply.</returns>
    public static EmulatorReply Stall() => new(ReplyKind.Stall);
}
