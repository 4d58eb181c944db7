using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>A loopback server that keeps every request body and answers each with the script's reply for that
/// request (1-based number, parsed body): a JSON body, or SSE <c>data:</c> payloads when the reply starts with
/// <c>data:</c> lines.</summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly List<JsonElement> _bodies = [];

    private ScriptedServer(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; }

    public Uri BaseUrl => Server.BaseUrl;

    public IReadOnlyList<JsonElement> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return [.. _bodies];
            }
        }
    }

    public static async Task<ScriptedServer> StartAsync(Func<int, JsonElement, string> reply)
    {
        ScriptedServer? scripted = null;
        var server = await LoopbackServer.StartAsync(async (context, number) =>
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            var body = document.RootElement.Clone();
            lock (scripted!._bodies)
            {
                scripted._bodies.Add(body);
            }

            var text = reply(number, body);
            if (text.StartsWith("data:", StringComparison.Ordinal))
            {
                Sse.Begin(context);
                await context.Response.WriteAsync(text);
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(text);
        });
        scripted = new ScriptedServer(server);
        return scripted;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    /// <summary>A chat completion whose message is the given JSON (content, tool_calls...).</summary>
    public static string Completion(string model, string message, string finishReason, int promptTokens = 10, int completionTokens = 5) => $$$"""
        {"id":"chatcmpl-{{{promptTokens}}}","object":"chat.completion","created":1764500000,"model":"{{{model}}}",
         "choices":[{"index":0,"message":{{{message}}},"finish_reason":"{{{finishReason}}}"}],
         "usage":{"prompt_tokens":{{{promptTokens}}},"completion_tokens":{{{completionTokens}}},"total_tokens":{{{promptTokens + completionTokens}}}}}
        """;

    public static string ToolCall(string id, string name, string argumentsJson) =>
        $$$"""{"id":"{{{id}}}","type":"function","function":{"name":"{{{name}}}","arguments":{{{JsonSerializer.Serialize(argumentsJson)}}}}}""";
}
