using System;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Quickstart;

/// <summary>A local stand-in for the OpenAI service, so the sample runs with no API key and no network.</summary>
/// <remarks>It answers <c>POST /v1/chat/completions</c> whole or streamed, word by word, in the service's own framing.</remarks>
internal sealed class LocalStandIn : IAsyncDisposable
{
    private const string Answer = "Hello from the local stand-in! Set OPENAI_API_KEY to talk to the real service.";

    private readonly WebApplication _app;

    private LocalStandIn(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<LocalStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", HandleChatAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalStandIn(app, new Uri(address + "/v1/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task HandleChatAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var model = body.RootElement.GetProperty("model").GetString();
        var stream = body.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        context.Response.Headers["x-request-id"] = "req_standin_" + Guid.NewGuid().ToString("N")[..8];
        if (!stream)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Completion(model, Answer));
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var words = Answer.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var piece = i == 0 ? words[i] : " " + words[i];
            await WriteEventAsync(context, Chunk(model, piece, i == words.Length - 1 ? "\"stop\"" : "null"));
            await Task.Delay(20);
        }

        var usage = $$"""{"prompt_tokens":12,"completion_tokens":{{words.Length}},"total_tokens":{{12 + words.Length}}}""";
        await WriteEventAsync(context, $$"""{"id":"chatcmpl-standin","object":"chat.completion.chunk","created":{{Now()}},"model":"{{model}}","choices":[],"usage":{{usage}}}""");
        await WriteEventAsync(context, "[DONE]");
    }

    private static async Task WriteEventAsync(HttpContext context, string data)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"data: {data}\n\n"));
        await context.Response.Body.FlushAsync();
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string Completion(string? model, string text) =>
        $$"""{"id":"chatcmpl-standin","object":"chat.completion","created":{{Now()}},"model":"{{model}}","choices":[{"index":0,"message":{"role":"assistant","content":{{JsonSerializer.Serialize(text, StandInJson.Default.String)}},"refusal":null},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":16,"total_tokens":28},"service_tier":"default","system_fingerprint":"fp_standin"}""" + string.Empty;

    private static string Chunk(string? model, string piece, string finish) =>
        $$"""{"id":"chatcmpl-standin","object":"chat.completion.chunk","created":{{Now()}},"model":"{{model}}","choices":[{"index":0,"delta":{"content":{{JsonSerializer.Serialize(piece, StandInJson.Default.String)}}},"logprobs":null,"finish_reason":{{finish}}}]}""";
}
