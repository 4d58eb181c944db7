using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Oai;
using Oai.Chat;
using Oai.Embeddings;
using Oai.Emulator;
using Oai.Files;
using Oai.FineTuning;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Quickstart;

// The main job of OaiClient, end to end: a streamed chat answer, a streamed tool call, embeddings, a fine-tuning job,
// and the trace of all of it. With OPENAI_API_KEY set it calls the real service; without, the OaiEmulator, a local
// OpenAI started here in process (on a loopback port), with a fast clock for fine-tuning.
var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
await using var emulator = string.IsNullOrEmpty(apiKey)
    ? await OaiEmulator.StartAsync(new OaiEmulatorOptions
    {
        FirstChunkDelay = TimeSpan.FromMilliseconds(300), // streams arrive as a real model's do: a wait, then words
        ChunkDelay = TimeSpan.FromMilliseconds(40),
        FineTuningStep = TimeSpan.FromMilliseconds(50), // a fine-tuning job runs to its end in under a second
        FineTuningSteps = 6,
    })
    : null;
Console.WriteLine(emulator is null
    ? "OPENAI_API_KEY is set: calling the real service (gpt-4o-mini and text-embedding-3-small, a fraction of a cent)."
    : $"No OPENAI_API_KEY: calling the OaiEmulator, started in this process at {emulator.BaseUrl}");

// Every call is a span from inside the client's pipeline: listening to the "Oai.Client" source is all it takes. The
// spans are kept in memory for the tree printed at the end, and also sent to a collector when
// OTEL_EXPORTER_OTLP_ENDPOINT is set (with OTEL_EXPORTER_OTLP_HEADERS for its credentials; see docs/braintrust.md).
var spans = new List<Activity>();
var tracing = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client", "Quickstart").AddInMemoryExporter(spans);
var collector = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
if (!string.IsNullOrEmpty(collector))
{
    tracing.AddOtlpExporter();
}

using var tracerProvider = tracing.Build();
using var source = new ActivitySource("Quickstart");
var run = source.StartActivity("quickstart"); // one parent span, so the whole run is one trace

using var client = emulator?.CreateClient() ?? new OaiClient(apiKey!);

// 1. A chat answer, streamed to the terminal as it arrives. (The emulator answers what it is scripted to.)
emulator?.Enqueue(EmulatorReply.Text("Because the first words show up while the rest is still being written."));
var question = new ChatCompletionRequest
{
    Model = "gpt-4o-mini",
    Messages = [ChatMessage.Developer("Answer in one short sentence."), ChatMessage.User("Why do streamed answers feel faster?")],
};
var answer = new ChatCompletionAccumulator();
var clock = Stopwatch.StartNew();
TimeSpan? firstToken = null;
Console.Write("chat:   ");
await foreach (ChatCompletionChunk chunk in client.Chat.Completions.CreateStreamAsync(question))
{
    answer.Append(chunk);
    if (chunk.TryGetText(out var text) && text.Length > 0)
    {
        firstToken ??= clock.Elapsed;
        Console.Write(text);
    }
}

ChatCompletion chat = answer.Build();
Console.WriteLine();
Console.WriteLine($"        first token after {firstToken?.TotalMilliseconds:0} ms; {chat.Usage?.PromptTokens} prompt + "
    + $"{chat.Usage?.CompletionTokens} completion tokens; finish reason {chat.Choices[0].FinishReason}; model {chat.Model}");

// 2. A tool call: the model's call arrives in pieces across chunks, and the accumulator folds it back into one.
emulator?.Enqueue(EmulatorReply.ToolCall("get_weather", """{"city":"Paris"}"""));
var toolRequest = new ChatCompletionRequest
{
    Model = "gpt-4o-mini",
    Messages = [ChatMessage.User("What is the weather in Paris right now?")],
    Tools = [ChatTool.Function("get_weather", "Gets the current weather in a city", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""")],
    ToolChoice = ChatToolChoice.ForFunction("get_weather"),
};
var toolAnswer = new ChatCompletionAccumulator();
var chunks = 0;
await foreach (ChatCompletionChunk chunk in client.Chat.Completions.CreateStreamAsync(toolRequest))
{
    toolAnswer.Append(chunk);
    chunks++;
}

if (toolAnswer.Build().Choices[0].Message.TryGetToolCalls(out var calls) && calls[0].TryGetFunction(out var call))
{
    Console.WriteLine($"tool:   {call.Function.Name}({call.Function.Arguments}), folded from {chunks} chunks");
}

// 3. Two sentences embedded, and how close their meanings are (cosine similarity: 1 is the same direction).
string[] sentences = ["The cat sat on the mat.", "A cat was sitting on the mat."];
var embeddings = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-small", Input = sentences });
var similarity = Embedding.CosineSimilarity(embeddings.GetVector(0).Span, embeddings.GetVector(1).Span);
Console.WriteLine($"embed:  \"{sentences[0]}\" ~ \"{sentences[1]}\": similarity {similarity:0.000} "
    + $"({embeddings.GetVector(0).Length} dimensions, {embeddings.Usage?.PromptTokens} tokens)");

// 4. Fine-tuning: upload a small training file, create a job, and follow its events until it ends.
var examples = Enumerable.Range(1, 10).Select(i =>
    $$"""{"messages":[{"role":"user","content":"What is {{i}} times 7?"},{"role":"assistant","content":"{{i * 7}}"}]}""");
using var trainingData = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', examples) + "\n"));
FileObject training = await client.Files.CreateAsync(trainingData, "quickstart-training.jsonl", FilePurpose.FineTune);
Console.WriteLine($"file:   uploaded {training.FileName} as {training.Id} ({training.Bytes} bytes, purpose {training.Purpose})");

// A real job costs little (a few thousand trained tokens) but waits in a queue and trains for many minutes, and leaves
// a model in the account: against the real service it runs only when asked for with --fine-tune.
if (emulator is null && !args.Contains("--fine-tune"))
{
    Console.WriteLine("tune:   not started on the real service (a job takes many minutes and is billed); run with --fine-tune to start one");
}
else
{
    FineTuningJob job = await client.FineTuning.Jobs.CreateAsync(
        new FineTuningJobRequest { Model = "gpt-4o-mini-2024-07-18", TrainingFile = training.Id, Suffix = "quickstart" });
    Console.WriteLine($"tune:   job {job.Id} created, {job.Status}");
    job = await client.FineTuning.Jobs.WaitForCompletionAsync(
        job.Id,
        pollInterval: emulator is null ? TimeSpan.FromSeconds(15) : TimeSpan.FromMilliseconds(100),
        onEvent: e =>
        {
            Console.WriteLine($"        [{e.Level}] {e.Message}");
            return ValueTask.CompletedTask;
        });
    Console.WriteLine(job.TryGetFineTunedModel(out var model)
        ? $"tune:   {job.Status}: {model} ({job.TrainedTokens} trained tokens)"
        : $"tune:   {job.Status}: {(job.TryGetError(out var error) ? error.Message : "no model")}");
}

await client.Files.DeleteAsync(training.Id);
run?.Dispose();

// 5. The trace of all of the above, from the spans the client emitted.
Console.WriteLine();
SpanTree.Write(Console.Out, spans);
if (!string.IsNullOrEmpty(collector))
{
    Console.WriteLine($"The same spans were sent to {collector}.");
}
