using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Oai.IntegrationTests.Servers;

/// <summary>The fault server's repertoire: what it does with a request.</summary>
public static class Respond
{
    /// <summary>A valid chat completion whose id echoes the request's <c>X-Marker</c> header.</summary>
    public static Fault Completion() => (context, _) =>
        WriteAsync(context, 200, "application/json", CompletionJson($"chatcmpl-{context.Request.Headers["X-Marker"]}"));

    /// <summary>A success status with the given body.</summary>
    public static Fault Body(string contentType, string body) => (context, _) => WriteAsync(context, 200, contentType, body);

    /// <summary>Sends the headers and half of a completion (the full length announced), then stalls.</summary>
    public static Fault HalfBody() => async (context, server) =>
    {
        var body = Encoding.UTF8.GetBytes(CompletionJson("chatcmpl-half"));
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        server.Reached.TrySetResult();
        await Task.Delay(Timeout.Infinite, context.RequestAborted);
    };

    /// <summary>A stream of the given <c>data:</c> payloads, then what <paramref name="end"/> says.</summary>
    public static Fault Stream(StreamEnd end, params string[] data) => async (context, server) =>
    {
        var requestId = context.Response.Headers["x-request-id"];
        Sse.Begin(context);
        context.Response.Headers["x-request-id"] = requestId;
        foreach (var item in data)
        {
            await Sse.DataAsync(context, item, context.RequestAborted);
        }

        switch (end)
        {
            case StreamEnd.Done:
                await Sse.DataAsync(context, "[DONE]", context.RequestAborted);
                break;
            case StreamEnd.Abort:
                // An abort sends a TCP reset, which discards data the client has not read yet: wait until it has them.
                await server.ClientHasData.Task.WaitAsync(TimeSpan.FromSeconds(30));
                context.Abort();
                break;
        }
    };

    public static string CompletionJson(string id) => $$$"""
        {"id":"{{{id}}}","object":"chat.completion","created":1770950813,"model":"gpt-4o-mini-2024-07-18",
         "choices":[{"index":0,"message":{"role":"assistant","content":"ok","refusal":null},"logprobs":null,"finish_reason":"stop"}],
         "usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}}
        """;

    public static string ErrorJson(int status) => $$$"""
        {"error":{"message":"Fault server error {{{status}}}.","type":"fault_error_{{{status}}}","param":"messages","code":"fault_{{{status}}}"}}
        """;

    private static async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}
