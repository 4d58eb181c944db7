using System;
using Oai;
using Oai.Chat;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Quickstart;

// Every call is traced from inside the client's pipeline: listening to the "Oai.Client" source is all it takes.
using var tracing = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddConsoleExporter().Build();

// Runs against the real service when OPENAI_API_KEY is set, and against a local stand-in otherwise.
var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
await using var standIn = string.IsNullOrEmpty(apiKey) ? await LocalStandIn.StartAsync() : null;
var options = new OaiClientOptions { ApiKey = apiKey ?? "sk-local-stand-in", BaseUrl = standIn?.BaseUrl };
Console.WriteLine(standIn is null
    ? "OPENAI_API_KEY is set: calling the real service."
    : $"No OPENAI_API_KEY: calling a local stand-in at {standIn.BaseUrl}");

using var client = new OaiClient(options);
var request = new ChatCompletionRequest
{
    Model = "gpt-4o-mini",
    Messages = [ChatMessage.Developer("Answer in one short sentence."), ChatMessage.User("Say hello")],
};

ChatCompletion reply = await client.Chat.Completions.CreateAsync(request);
Console.WriteLine($"[whole]  {reply.Choices[0].Message.Content}  ({reply.Usage?.TotalTokens} tokens, model {reply.Model})");

var accumulator = new ChatCompletionAccumulator();
var stream = client.Chat.Completions.CreateStreamAsync(request);
Console.Write("[stream] ");
await foreach (ChatCompletionChunk chunk in stream)
{
    accumulator.Append(chunk);
    if (chunk.TryGetText(out var delta))
    {
        Console.Write(delta);
    }

    if (chunk.Choices is [{ FinishReason: not null }, ..])
    {
        // End the line before the stream's span is exported (it ends with the stream, after the usage chunk).
        Console.WriteLine();
    }
}

var folded = accumulator.Build();
Console.WriteLine($"[stream] finish reason {folded.Choices[0].FinishReason}, {folded.Usage?.TotalTokens} tokens, request id {stream.RequestId}");
