using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Oai;
using OpenAI;

// What a user sees from three tracing stacks for the same streamed chat call against a local server that streams six
// chunks (the first after 100 ms, then one every 20 ms) and a usage chunk: this library; MEAI's OpenTelemetryChatClient
// over the official SDK; the official SDK's own experimental telemetry. Scenarios: read to the end with a consumer
// that sleeps 200 ms per chunk, break after the first chunk, and an HTTP 500 (retries off). Prints Markdown.
AppContext.SetSwitch("OpenAI.Experimental.EnableOpenTelemetry", true);

const string MeaiSource = "Meai.Comparison";
var spans = new ConcurrentQueue<Activity>();
var samplerSaw = new ConcurrentDictionary<string, string>();
using var listener = new ActivityListener
{
    ShouldListenTo = s => s.Name is "Oai.Client" or MeaiSource || s.Name.StartsWith("OpenAI", StringComparison.Ordinal),
    Sample = (ref ActivityCreationOptions<ActivityContext> o) =>
    {
        // What a sampler can decide on: the tags passed to StartActivity.
        samplerSaw[o.Source.Name] = string.Join(", ", (o.Tags ?? []).Select(t => t.Key));
        return ActivitySamplingResult.AllDataAndRecorded;
    },
    ActivityStopped = spans.Enqueue,
};
ActivitySource.AddActivityListener(listener);

var chunkGaps = new ConcurrentQueue<(string Meter, double Value)>();
using var meters = new MeterListener();
meters.InstrumentPublished = (instrument, l) =>
{
    if (instrument.Name == "gen_ai.client.operation.time_per_output_chunk")
    {
        l.EnableMeasurementEvents(instrument);
    }
};
meters.SetMeasurementEventCallback<double>((instrument, value, _, _) => chunkGaps.Enqueue((instrument.Meter.Name, value)));
meters.Start();

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
var app = builder.Build();
app.Run(Serve);
await app.StartAsync();
var address = app.Services.GetService(typeof(IServer)) is IServer server
    ? server.Features.Get<IServerAddressesFeature>()!.Addresses.First()
    : throw new InvalidOperationException("no server");
var baseUrl = new Uri(address + "/v1/");

var official = new OpenAIClientOptions { Endpoint = baseUrl, RetryPolicy = new ClientRetryPolicy(0) };
var stacks = new (string Name, Func<string, Func<int, bool>, Task> Run)[]
{
    ("this library (Oai.Client)", RunOaiAsync),
    ("MEAI OpenTelemetryChatClient over OpenAI 2.15.0", RunMeaiAsync),
    ("OpenAI 2.15.0 experimental telemetry", RunOfficialAsync),
    ("OpenAI 2.15.0 experimental telemetry, the same call not streamed", RunOfficialWholeAsync),
};
var scenarios = new (string Name, string Model, Func<int, bool> Stop)[]
{
    ("read to the end, consumer sleeps 200 ms per chunk", "slow-consumer", _ => false),
    ("break after the first chunk", "early-break", i => i >= 1),
    ("HTTP 500, retries off", "fail", _ => false),
};

Console.WriteLine("| stack | scenario | span | status | error.type | finish reasons | time to first chunk | time per output chunk (metric) | duration |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
var details = new List<string>();
foreach (var (stack, run) in stacks)
{
    // One untimed call first, so no figure below includes JIT compilation or the first connection.
    await run("warm-up", _ => false);
    foreach (var (scenario, model, stop) in scenarios)
    {
        spans.Clear();
        chunkGaps.Clear();
        var started = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            await run(model, stop);
            outcome = "returned";
        }
        catch (Exception ex)
        {
            outcome = ex.GetType().Name;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await Task.Delay(100);
        var span = spans.Where(s => s.Kind == ActivityKind.Client && s.Source.Name != "System.Net.Http").LastOrDefault();
        var gaps = chunkGaps.Select(g => g.Value).ToList();
        Console.WriteLine(span is null
            ? $"| {stack} | {scenario} | none | | | | | {Gaps(gaps)} | caller saw {elapsed:0.00} s ({outcome}) |"
            : $"| {stack} | {scenario} | `{span.DisplayName}` | {span.Status} | {Tag(span, "error.type")} | {Tag(span, "gen_ai.response.finish_reasons")} | {Tag(span, "gen_ai.response.time_to_first_chunk")} | {Gaps(gaps)} | {span.Duration.TotalSeconds:0.00} s, caller {elapsed:0.00} s ({outcome}) |");
        if (span is not null && (scenario == scenarios[0].Name || stack.EndsWith("not streamed", StringComparison.Ordinal)))
        {
            details.Add($"\n{stack}, {scenario}, `{span.DisplayName}` (source `{span.Source.Name}`, kind {span.Kind}):\n\n| attribute | type | value |\n| --- | --- | --- |\n"
                + string.Join("\n", span.TagObjects.Select(t => $"| `{t.Key}` | {TypeName(t.Value)} | {Show(t.Value)} |")));
        }
    }
}

foreach (var detail in details)
{
    Console.WriteLine(detail);
}

Console.WriteLine("\n| source | tags a sampler sees at span start |\n| --- | --- |");
foreach (var (source, tags) in samplerSaw.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"| `{source}` | {(tags.Length == 0 ? "none" : tags)} |");
}

await app.StopAsync();
return;

async Task RunOaiAsync(string model, Func<int, bool> stop)
{
    using var client = new OaiClient(new OaiClientOptions { ApiKey = "sk-comparison", BaseUrl = baseUrl, MaxRetries = 0 });
    var request = new Oai.Chat.ChatCompletionRequest { Model = model, Messages = [Oai.Chat.ChatMessage.User("Count to six.")] };
    var i = 0;
    await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(request))
    {
        if (stop(++i))
        {
            break;
        }

        Thread.Sleep(200);
    }
}

async Task RunMeaiAsync(string model, Func<int, bool> stop)
{
    using var client = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential("sk-comparison"), official).AsIChatClient()
        .AsBuilder().UseOpenTelemetry(sourceName: MeaiSource).Build();
    var i = 0;
    await foreach (var update in client.GetStreamingResponseAsync("Count to six."))
    {
        if (stop(++i))
        {
            break;
        }

        Thread.Sleep(200);
    }
}

async Task RunOfficialAsync(string model, Func<int, bool> stop)
{
    var client = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential("sk-comparison"), official);
    var i = 0;
    await foreach (var update in client.CompleteChatStreamingAsync([new OpenAI.Chat.UserChatMessage("Count to six.")]))
    {
        if (stop(++i))
        {
            break;
        }

        Thread.Sleep(200);
    }
}

async Task RunOfficialWholeAsync(string model, Func<int, bool> stop)
{
    var client = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential("sk-comparison"), official);
    await client.CompleteChatAsync([new OpenAI.Chat.UserChatMessage("Count to six.")]);
}

static async Task Serve(HttpContext context)
{
    using var reader = new System.IO.StreamReader(context.Request.Body);
    var body = await reader.ReadToEndAsync();
    if (body.Contains("\"fail\"", StringComparison.Ordinal))
    {
        context.Response.StatusCode = 500;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"error":{"message":"The server had an error.","type":"server_error","param":null,"code":null}}""");
        return;
    }

    await Task.Delay(100);
    if (!body.Contains("\"stream\":true", StringComparison.Ordinal))
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"id":"chatcmpl-cmp","object":"chat.completion","created":1,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_1","service_tier":"default","choices":[{"index":0,"message":{"role":"assistant","content":"One two three four five six"},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":6,"total_tokens":15}}""");
        return;
    }

    context.Response.ContentType = "text/event-stream";
    string[] words = ["One", " two", " three", " four", " five", " six"];
    for (var i = 0; i < words.Length; i++)
    {
        var finish = i == words.Length - 1 ? "\"stop\"" : "null";
        await context.Response.WriteAsync(
            $$"""data: {"id":"chatcmpl-cmp","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_1","service_tier":"default","choices":[{"index":0,"delta":{"content":"{{words[i]}}"},"finish_reason":{{finish}}}]}""" + "\n\n");
        await context.Response.Body.FlushAsync();
        await Task.Delay(20);
    }

    await context.Response.WriteAsync("""data: {"id":"chatcmpl-cmp","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":6,"total_tokens":15,"prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}}""" + "\n\ndata: [DONE]\n\n");
}

static string Tag(Activity span, string name) => span.GetTagItem(name) is { } value ? Show(value) : "none";

static string Gaps(List<double> gaps) =>
    gaps.Count == 0 ? "none" : $"{gaps.Count} values, max {gaps.Max():0.000} s";

static string TypeName(object? value) => value switch
{
    null => "null",
    string => "string",
    string[] => "string[]",
    int => "int",
    long => "long",
    double => "double",
    bool => "bool",
    _ => value.GetType().Name,
};

static string Show(object? value) => value switch
{
    string[] array => "[" + string.Join(", ", array.Select(v => $"\"{v}\"")) + "]",
    string text => $"`{text.Replace("|", "\\|", StringComparison.Ordinal)}`",
    double d => d.ToString("0.000", CultureInfo.InvariantCulture),
    _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
};
