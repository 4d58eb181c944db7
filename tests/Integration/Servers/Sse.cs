using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Oai.IntegrationTests.Servers;

/// <summary>Writes server-sent events the way the OpenAI service frames them, flushing each one onto the wire.</summary>
public static class Sse
{
    public static void Begin(HttpContext context)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers["x-request-id"] = "req_loopback";
    }

    public static async Task DataAsync(HttpContext context, string data, CancellationToken cancellationToken = default)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"data: {data}\n\n"), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    public static string Chunk(int index, string content, string? finishReason = null)
    {
        var finish = finishReason is null ? "null" : $"\"{finishReason}\"";
        return $$"""{"id":"chatcmpl-loop","object":"chat.completion.chunk","created":1770950813,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":{{index}},"delta":{"content":"{{content}}"},"logprobs":null,"finish_reason":{{finish}}}]}""";
    }
}
