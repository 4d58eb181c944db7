using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Consumer;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Oai;
using Oai.Chat;
using Oai.Embeddings;
using Oai.Emulator;
using ChatMessage = Oai.Chat.ChatMessage;

// What a new user writes after `dotnet add package Oai.Client`, run against a loopback stand-in. Each line printed is
// checked; any difference exits with 1, so scripts/package.sh fails.
var failures = new List<string>();
void Check(string what, object? actual, object? expected)
{
    var ok = Equals(actual, expected);
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}: {actual}");
    if (!ok)
    {
        failures.Add($"{what}: expected {expected}, got {actual}");
    }
}

var spans = new List<string>();
using var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == "Oai.Client",
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = activity => { lock (spans) { spans.Add(activity.DisplayName); } },
};
ActivitySource.AddActivityListener(listener);

using var server = new LoopbackServer();
var options = new OaiClientOptions { ApiKey = "sk-consumer-check", BaseUrl = server.BaseUrl };

// 1. The client on its own.
using (var client = new OaiClient(options))
{
    var request = new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Say hello")] };
    var reply = await client.Chat.Completions.CreateAsync(request);
    Check("chat", reply.Choices[0].Message.Content, "Hello from the packages");

    var accumulator = new ChatCompletionAccumulator();
    await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(request))
    {
        accumulator.Append(chunk);
    }

    var folded = accumulator.Build();
    Check("chat stream", folded.Choices[0].Message.Content, "Hello from the packages");
    Check("chat stream usage", folded.Usage?.TotalTokens, 9);

    var embeddings = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-small", Input = "hello" });
    Check("embedding", string.Join(",", embeddings.GetVector(0).ToArray()), "0.6,0.8,0");
}

// 2. Dependency injection: options bound from configuration (the source-generated binder inside Oai.Client).
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["OpenAI:ApiKey"] = "sk-consumer-check",
    ["OpenAI:BaseUrl"] = server.BaseUrl.AbsoluteUri,
    ["OpenAI:MaxRetries"] = "3",
    ["OpenAI:Timeout"] = "00:05:00",
});
builder.Services.AddOaiClient(builder.Configuration.GetSection("OpenAI"));
using (var host = builder.Build())
{
    await host.StartAsync();
    var client = host.Services.GetRequiredService<OaiClient>();
    var reply = await client.Chat.Completions.CreateAsync(
        new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Say hello")] });
    Check("DI chat", reply.Choices[0].Message.Content, "Hello from the packages");
    Check("DI base URL", client.BaseUrl, server.BaseUrl);
    await host.StopAsync();
}

// 3. Microsoft.Extensions.AI over the emulator package: a scripted tool call, then the answer, whole and streamed.
await using (var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = false }))
{
    using var oai = emulator.CreateClient();
    using IChatClient chat = oai.AsIChatClient("gpt-4o-mini");
    var reply = await chat.GetResponseAsync("Hello emulator");
    Check("IChatClient", reply.Text, "You said: Hello emulator");
    Check("IChatClient raw record", reply.RawRepresentation?.GetType().Name, "ChatCompletion");

    emulator.Enqueue(EmulatorReply.ToolCall("get_weather", "{\"city\":\"Paris\"}"));
    var tools = new ChatOptions { Tools = [AIFunctionFactory.CreateDeclaration("get_weather", "The weather in a city", WeatherSchema())] };
    var call = (await chat.GetResponseAsync("Weather in Paris?", tools)).Messages[0].Contents.OfType<FunctionCallContent>().Single();
    Check("IChatClient tool call", $"{call.Name} {call.Arguments?["city"]}", "get_weather Paris");

    var text = new System.Text.StringBuilder();
    long? tokens = null;
    await foreach (var update in chat.GetStreamingResponseAsync("Stream please"))
    {
        text.Append(update.Text);
        tokens ??= update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details.TotalTokenCount;
    }

    Check("IChatClient stream", text.ToString(), "You said: Stream please");
    Check("IChatClient stream usage", tokens > 0, true);

    using var generator = oai.AsIEmbeddingGenerator("text-embedding-3-small", defaultDimensions: 8);
    var vectors = await generator.GenerateAsync(["one", "two"]);
    Check("IEmbeddingGenerator", $"{vectors.Count} x {vectors[0].Vector.Length}", "2 x 8");
}

Check("spans", string.Join(" | ", spans), "chat gpt-4o-mini | chat gpt-4o-mini | embeddings text-embedding-3-small | chat gpt-4o-mini | chat gpt-4o-mini | chat gpt-4o-mini | chat gpt-4o-mini | embeddings text-embedding-3-small");
Console.WriteLine($"{server.Requests} requests to the stand-in, {failures.Count} failures");
return failures.Count == 0 ? 0 : 1;

static System.Text.Json.JsonElement WeatherSchema()
{
    using var schema = System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");
    return schema.RootElement.Clone();
}
