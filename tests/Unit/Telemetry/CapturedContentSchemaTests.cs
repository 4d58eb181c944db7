using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Completions;
using Oai.Telemetry;
using Oai.UnitTests.TestSupport;
using Xunit.Abstractions;

namespace Oai.UnitTests.Telemetry;

/// <summary>Every captured <c>gen_ai.input.messages</c>, <c>gen_ai.output.messages</c>, <c>gen_ai.system_instructions</c>
/// and <c>gen_ai.tool.definitions</c> validates against the conventions' schemas (strictly: see
/// <see cref="SemconvSchemas"/>), whole and cut to every size, over generated cases and replayed recordings.</summary>
[Collection("Telemetry")]
public sealed class CapturedContentSchemaTests(ITestOutputHelper output)
{
    /// <summary>Sizes from the smallest the client allows to more than any case needs: every cut path is taken.</summary>
    private static readonly int[] s_limits = [256, 300, 384, 512, 768, 1024, 1536, 2048, 4096, 16 * 1024, 1 << 20];

    /// <summary>Text that stresses escaping and cutting: quotes, backslashes, line breaks, control characters,
    /// surrogate pairs, the ellipsis the marker uses, and JSON-looking text.</summary>
    private static string Text(Random random, int length)
    {
        string[] pieces = ["Paris", " ", "\"quoted\"", "back\\slash", "\n", "\u0001", "😀", "é", "…", "{\"a\":1}", "[", "}", "日本語", "\t"];
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Conversations holding every input shape the chat mapping knows, with contents of random lengths.</summary>
    internal static IEnumerable<IList<ChatMessage>> Conversations(int seed)
    {
        var random = new Random(seed);
        int Length() => random.Next(0, 3) switch { 0 => random.Next(0, 20), 1 => random.Next(20, 400), _ => random.Next(400, 3000) };

        yield return [ChatMessage.User(Text(random, Length()))];
        yield return
        [
            ChatMessage.System(Text(random, Length())),
            ChatMessage.Developer(Text(random, Length())),
            ChatMessage.User(
                ChatContentPart.Text(Text(random, Length())),
                ChatContentPart.ImageUrl("https://example.com/cat.png?q=" + random.Next()),
                ChatContentPart.ImageBytes(Bytes(random, Length()), "image/png"),
                ChatContentPart.InputAudio(Bytes(random, Length()), ChatInputAudioFormat.Wav),
                ChatContentPart.InputAudio(Bytes(random, Length()), ChatInputAudioFormat.Mp3),
                ChatContentPart.File("file-" + random.Next()),
                ChatContentPart.FileData(Bytes(random, Length()), "report.pdf")),
        ];
        yield return
        [
            ChatMessage.User(Text(random, Length())),
            ChatMessage.Assistant(
            [
                ChatToolCall.Function("call_1", "get_weather", $$"""{"city":{{JsonSerializer.Serialize(Text(random, Length()))}},"days":[1,2,3]}"""),
                ChatToolCall.Function("call_2", "broken_arguments", "{\"city\": \"Par"),
                ChatToolCall.Custom("call_3", "run_sql", Text(random, Length())),
            ]),
            ChatMessage.Tool("call_1", $$"""{"temp":21,"note":{{JsonSerializer.Serialize(Text(random, Length()))}}}"""),
            ChatMessage.Tool("call_2", Text(random, Length())),
            new ToolChatMessage { ToolCallId = "call_3", Content = new ChatContentPart[] { ChatContentPart.Text(Text(random, Length())), ChatContentPart.Text("second") } },
            new AssistantChatMessage { Content = new ChatContentPart[] { ChatContentPart.Text(Text(random, Length())), ChatContentPart.Refusal(Text(random, Length())) } },
        ];
    }

    /// <summary>Completions holding every output shape: several choices, text, refusals, tool calls (JSON, broken
    /// JSON, custom, unknown kinds), audio with its transcript, every finish reason and none.</summary>
    internal static IEnumerable<ChatCompletion> Completions(int seed)
    {
        var random = new Random(seed);
        int Length() => random.Next(0, 3) switch { 0 => random.Next(0, 20), 1 => random.Next(20, 400), _ => random.Next(400, 3000) };
        string?[] reasons = ["stop", "length", "content_filter", "tool_calls", "function_call", null, "something_new"];

        yield return new ChatCompletion
        {
            Choices =
            [
                new ChatChoice { Index = 0, Message = new ChatCompletionMessage { Content = Text(random, Length()) }, FinishReason = FinishReason.Stop },
                new ChatChoice { Index = 1, Message = new ChatCompletionMessage { Refusal = Text(random, Length()) }, FinishReason = FinishReason.ContentFilter },
                new ChatChoice { Index = 2, Message = new ChatCompletionMessage { Content = Text(random, Length()) }, FinishReason = FinishReason.Length },
            ],
        };
        yield return new ChatCompletion
        {
            Choices =
            [
                new ChatChoice
                {
                    Message = new ChatCompletionMessage
                    {
                        ToolCalls =
                        [
                            ChatToolCall.Function("call_1", "get_weather", $$"""{"city":{{JsonSerializer.Serialize(Text(random, Length()))}}}"""),
                            ChatToolCall.Function("call_2", "cut_off", "{\"a\":"),
                            ChatToolCall.Custom("call_3", "run_sql", Text(random, Length())),
                            new UnknownChatToolCall { Id = "call_4", Type = "mcp" },
                        ],
                    },
                    FinishReason = FinishReason.ToolCalls,
                },
            ],
        };
        yield return new ChatCompletion
        {
            Choices =
            [
                new ChatChoice
                {
                    Message = new ChatCompletionMessage
                    {
                        Audio = new ChatMessageAudio { Id = "audio_1", Data = Convert.ToBase64String(Bytes(random, Length())), Transcript = Text(random, Length()) },
                    },
                    FinishReason = reasons[random.Next(reasons.Length)] is { } reason ? new FinishReason(reason) : null,
                },
                new ChatChoice { Index = 1, Message = new ChatCompletionMessage(), FinishReason = null },
            ],
        };
    }

    /// <summary>Every generated value at every size: (attribute, JSON).</summary>
    internal static IEnumerable<(string Attribute, string Json)> GeneratedCases()
    {
        for (var seed = 1; seed <= 12; seed++)
        {
            foreach (var limit in s_limits)
            {
                foreach (var conversation in Conversations(seed))
                {
                    yield return (GenAi.InputMessages, ChatContentCapture.Input(conversation).ToJson(limit));
                    var request = new ChatCompletionRequest { Model = "m", Messages = conversation, Tools = Tools(seed) };
                    yield return (GenAi.ToolDefinitions, ChatTelemetry.ToolDefinitions(request, limit)!);
                }

                foreach (var completion in Completions(seed))
                {
                    yield return (GenAi.OutputMessages, ChatContentCapture.Output(completion).ToJson(limit));
                }

                var random = new Random(seed);
                var instructions = new CapturedMessages();
                instructions.AddMessage("system");
                instructions.AddText(Text(random, random.Next(0, 3000)));
                instructions.AddText(Text(random, random.Next(0, 300)));
                yield return (GenAi.SystemInstructions, instructions.ToPartsJson(limit));

                // Reasoning comes from the Responses API and OpenAI-compatible servers: the part builder is shared.
                var reasoning = new CapturedMessages();
                reasoning.AddMessage("assistant", "stop");
                reasoning.AddReasoning(Text(random, random.Next(0, 3000)));
                reasoning.AddText(Text(random, random.Next(0, 300)));
                yield return (GenAi.OutputMessages, reasoning.ToJson(limit));

                var prompt = new CompletionRequest { Model = "m", Prompt = Text(random, random.Next(0, 3000)) };
                yield return (GenAi.InputMessages, CompletionTelemetry.InputMessages(prompt, limit)!);
            }
        }
    }

    private static List<ChatTool> Tools(int seed)
    {
        var random = new Random(seed);
        var properties = string.Join(",", Enumerable.Range(0, random.Next(1, 40)).Select(i => $$"""
            "p{{i}}":{"type":"string","description":{{JsonSerializer.Serialize(Text(random, random.Next(0, 80)))}}}
            """));
        return
        [
            ChatTool.Function("get_weather", Text(random, random.Next(0, 500)), $$"""{"type":"object","properties":{{{properties}}},"required":["p0"]}"""),
            ChatTool.Function("no_parameters"),
            ChatTool.Custom("run_sql", Text(random, random.Next(0, 200))),
        ];
    }

    [Fact]
    public void Generated_values_validate_whole_and_cut_to_every_size()
    {
        var shapes = new List<string>();
        var count = 0;
        foreach (var (attribute, json) in GeneratedCases())
        {
            shapes.AddRange(SemconvSchemas.AssertValid(attribute, json));
            count++;
        }

        Report("generated", count, shapes);
        AssertCovers(shapes, s_required);
    }

    [Fact]
    public async Task Replayed_recordings_validate_whole_and_streamed()
    {
        using var capture = new TelemetryCapture();
        var shapes = new List<string>();
        var count = 0;
        foreach (var (folder, file, model) in new[]
        {
            ("ChatTests", "HelloWorldChat.json", "schema-hello"),
            ("ChatTests", "MultiMessageChat.json", "schema-multi"),
            ("ChatTests", "ReasoningTokensWork.json", "schema-reasoning"),
            ("ChatTests", "StructuredOutputsWork.json", "schema-structured"),
            ("ChatTests", "ChatServiceTierWorks.json", "schema-tier"),
            ("ChatToolTests", "ConsecutiveToolCalls.json", "schema-tools"),
            ("ChatToolTests", "NoParameterToolWorks.json", "schema-noparam"),
        })
        {
            foreach (var limit in s_limits)
            {
                using var client = ChatSpanTests.Replay("application/json", ChatSpanTests.RecordedBody(folder, file), configure: o => Capture(o, limit));
                await client.Chat.Completions.CreateAsync(Request(model + limit, 1));
                var found = SemconvSchemas.AssertCapturedContent(capture.Span(model + limit));
                Assert.Equal(3, found.Count(s => s.StartsWith("attribute:", StringComparison.Ordinal)));
                shapes.AddRange(found);
                count += 3;
            }
        }

        foreach (var file in new[] { "chat-stream-text.sse", "chat-stream-text-2.sse", "chat-stream-refusal.sse", "chat-stream-tool-call.sse", "chat-stream-length.sse" })
        {
            foreach (var limit in s_limits)
            {
                var model = $"schema-{file}-{limit}";
                using var client = ChatSpanTests.Replay("text/event-stream", SharedFiles.ReadRecording("openai-python", file), configure: o => Capture(o, limit));
                await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Request(model, 2)))
                {
                }

                var found = SemconvSchemas.AssertCapturedContent(capture.Span(model));
                Assert.Equal(3, found.Count(s => s.StartsWith("attribute:", StringComparison.Ordinal)));
                shapes.AddRange(found);
                count += 3;
            }
        }

        Report("replayed", count, shapes);
        AssertCovers(shapes, ["output.part:text", "output.part:tool_call", "output.finish_reason:stop", "output.finish_reason:tool_call",
            "output.finish_reason:length", "input.part:uri", "input.part:tool_call_response", "tools.part:function"]);
    }

    [Theory]
    [InlineData("gen_ai.input.messages", """[{"role":"user","parts":[{"type":"uri","modality":"image"}]}]""")]
    [InlineData("gen_ai.input.messages", """[{"role":"user","parts":[{"type":"blob","modality":"audio"}]}]""")]
    [InlineData("gen_ai.input.messages", """[{"role":"user","parts":[{"type":"file","modality":"file"}]}]""")]
    [InlineData("gen_ai.input.messages", """[{"role":"assistant","parts":[{"type":"tool_call","id":"call_1"}]}]""")]
    [InlineData("gen_ai.input.messages", """[{"role":"tool","parts":[{"type":"tool_call_response","id":"call_1"}]}]""")]
    [InlineData("gen_ai.input.messages", """[{"role":"user","parts":[{"type":"text"}]}]""")]
    [InlineData("gen_ai.input.messages", """[{"role":"user"}]""")]
    [InlineData("gen_ai.input.messages", """{"role":"user","parts":[]}""")]
    [InlineData("gen_ai.output.messages", """[{"role":"assistant","parts":[{"type":"text","content":"hi"}]}]""")]
    [InlineData("gen_ai.output.messages", """[{"role":"assistant","parts":[{"type":"reasoning"}],"finish_reason":"stop"}]""")]
    [InlineData("gen_ai.system_instructions", """[{"role":"system","parts":[{"type":"text","content":"hi"}]}]""")]
    [InlineData("gen_ai.tool.definitions", """[{"type":"function"}]""")]
    [InlineData("gen_ai.tool.definitions", """[{"type":"function","name":"f","parameters":"not a schema"}]""")]
    public void The_validator_rejects_values_out_of_shape(string attribute, string json)
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SemconvSchemas.AssertValid(attribute, json));
    }

    /// <summary>The shapes the mapping must produce somewhere, each validated against its own definition.</summary>
    private static readonly string[] s_required =
    [
        "input.part:text", "input.part:uri", "input.part:blob", "input.part:file", "input.part:tool_call",
        "input.part:tool_call_response", "input.role:system", "input.role:user", "input.role:assistant", "input.role:tool",
        "output.part:text", "output.part:tool_call", "output.part:blob", "output.part:reasoning",
        "output.finish_reason:stop", "output.finish_reason:length", "output.finish_reason:content_filter",
        "output.finish_reason:tool_call", "output.finish_reason:error", "output.choices:3",
        "system.part:text", "tools.part:function", "tools.part:custom",
    ];

    private static void Capture(OaiClientOptions options, int limit)
    {
        options.ContentCapture = ContentCaptureMode.SpanAttributes;
        options.CaptureToolDefinitions = true;
        options.MaxCapturedContentLength = limit;
    }

    /// <summary>A request with every input shape and two tools (the replayed response does not depend on it).</summary>
    private static ChatCompletionRequest Request(string model, int seed) => new()
    {
        Model = model,
        Messages = Conversations(seed).SelectMany(c => c).ToList(),
        Tools = Tools(seed),
    };

    private static void AssertCovers(List<string> shapes, string[] required)
    {
        var missing = required.Except(shapes).ToList();
        Assert.True(missing.Count == 0, $"Shapes never produced: {string.Join(", ", missing)}.");
    }

    private void Report(string source, int count, List<string> shapes)
    {
        output.WriteLine($"{source}: {count} values validated; shapes: " + string.Join(", ", shapes
            .Where(s => !s.StartsWith("attribute:", StringComparison.Ordinal))
            .GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}")));
    }
}
