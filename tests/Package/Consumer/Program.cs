using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
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

// What a new user writes after `dotnet add package Oai.Client`, run against the packed Oai.Emulator on a loopback
// port (no key, no network). Each line printed is checked against the emulator's answer; any difference exits with 1,
// so scripts/package.sh fails.
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

await using var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = false });
var options = new OaiClientOptions { ApiKey = "sk-consumer-check", BaseUrl = emulator.BaseUrl };

// 1. The client on its own: chat whole and streamed (the emulator echoes the last user message), embeddings.
using (var client = new OaiClient(options))
{
    var request = new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Say hello")] };
    var reply = await client.Chat.Completions.CreateAsync(request);
    Check("chat", reply.Choices[0].Message.Content, "You said: Say hello");

    var accumulator = new ChatCompletionAccumulator();
    await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(request))
    {
        accumulator.Append(chunk);
    }

    var folded = accumulator.Build();
    Check("chat stream", folded.Choices[0].Message.Content, "You said: Say hello");
    Check("chat stream usage", folded.Usage?.TotalTokens, 9); // 4 tokens in (role and text), 5 out: about 4 characters each

    var embeddings = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-small", Input = "hello", Dimensions = 3 });
    // A deterministic unit vector: the same input gives the same one on every machine, written the same in every culture.
    Check("embedding", string.Join(",", embeddings.GetVector(0).ToArray().Select(f => f.ToString(CultureInfo.InvariantCulture))), "0.69849473,0.6625978,-0.27031323");
}

// 2. Dependency injection: options bound from configuration (the source-generated binder inside Oai.Client).
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["OpenAI:ApiKey"] = "sk-consumer-check",
    ["OpenAI:BaseUrl"] = emulator.BaseUrl.AbsoluteUri,
    ["OpenAI:MaxRetries"] = "3",
    ["OpenAI:Timeout"] = "00:05:00",
});
builder.Services.AddOaiClient(builder.Configuration.GetSection("OpenAI"));
using (var host = builder.Build())
{
    await host.StartAsync();
    var client = host.Services.GetRequiredService<OaiClient>();
    var reply = await client.Chat.Completions.CreateAsync(
        new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Hello from DI")] });
    Check("DI chat", reply.Choices[0].Message.Content, "You said: Hello from DI");
    Check("DI base URL", client.BaseUrl, emulator.BaseUrl);
    await host.StopAsync();
}

// 3. Microsoft.Extensions.AI: Chat Completions (a scripted tool call, then text, whole and streamed), the Responses API
// (a FunctionInvokingChatClient tool loop, then a stream) and embeddings.
using (var oai = emulator.CreateClient())
{
    using IChatClient chat = oai.AsIChatClient("gpt-4o-mini");
    var reply = await chat.GetResponseAsync("Hello emulator");
    Check("IChatClient", reply.Text, "You said: Hello emulator");
    Check("IChatClient raw record", reply.RawRepresentation?.GetType().Name, "ChatCompletion");

    emulator.Enqueue(EmulatorReply.ToolCall("get_weather", "{\"city\":\"Paris\"}"));
    var declared = new ChatOptions { Tools = [new WeatherFunction().AsDeclarationOnly()] };
    var call = (await chat.GetResponseAsync("Weather in Paris?", declared)).Messages[0].Contents.OfType<FunctionCallContent>().Single();
    Check("IChatClient tool call", $"{call.Name} {call.Arguments?["city"]}", "get_weather Paris");

    var text = new System.Text.StringBuilder();
    long? tokens = null;
    await foreach (var update in chat.GetStreamingResponseAsync("Stream please"))
    {
        text.Append(update.Text);
        tokens ??= update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details.TotalTokenCount;
    }

    Check("IChatClient stream", text.ToString(), "You said: Stream please");
    Check("IChatClient stream usage", tokens, 11L);

    var weather = new WeatherFunction();
    emulator.Enqueue(EmulatorReply.ToolCalls(
        new ChatFunctionCall { Name = "get_weather", Arguments = "{\"city\":\"Paris\"}" },
        new ChatFunctionCall { Name = "get_weather", Arguments = "{\"city\":\"Rome\"}" }));
    emulator.Enqueue(EmulatorReply.Text("Paris 18 C, Rome 24 C."));
    using IChatClient responses = new ChatClientBuilder(oai.AsResponsesChatClient("gpt-4o-mini")).UseFunctionInvocation().Build();
    var answer = await responses.GetResponseAsync("Weather in Paris and Rome?", new ChatOptions { Tools = [weather] });
    Check("Responses IChatClient tool loop", $"{answer.Text} [{string.Join(", ", weather.Cities)}]", "Paris 18 C, Rome 24 C. [Paris, Rome]");
    Check("Responses IChatClient raw record", answer.RawRepresentation?.GetType().Name, "Response");
    Check("Responses IChatClient conversation", answer.ConversationId == answer.ResponseId && answer.ResponseId!.StartsWith("resp_", StringComparison.Ordinal), true);

    text.Clear();
    ChatFinishReason? finish = null;
    await foreach (var update in responses.GetStreamingResponseAsync("Stream responses"))
    {
        text.Append(update.Text);
        finish ??= update.FinishReason;
    }

    Check("Responses IChatClient stream", $"{text} ({finish})", "You said: Stream responses (stop)");

    using var generator = oai.AsIEmbeddingGenerator("text-embedding-3-small", defaultDimensions: 8);
    var vectors = await generator.GenerateAsync(["one", "two"]);
    Check("IEmbeddingGenerator", $"{vectors.Count} x {vectors[0].Vector.Length}", "2 x 8");
}

// One span per call, from the client's pipeline: the tool loop over the Responses API is two chat spans.
Check("spans", string.Join(" | ", spans), string.Join(" | ", (string[])
[
    "chat gpt-4o-mini", "chat gpt-4o-mini", "embeddings text-embedding-3-small", "chat gpt-4o-mini",
    "chat gpt-4o-mini", "chat gpt-4o-mini", "chat gpt-4o-mini", "chat gpt-4o-mini", "chat gpt-4o-mini", "chat gpt-4o-mini",
    "embeddings text-embedding-3-small",
]));
Check("emulator requests", emulator.Requests.Count, 11);
Console.WriteLine($"{failures.Count} failures");
return failures.Count == 0 ? 0 : 1;
