using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Oai.Emulator;
using Oai.IntegrationTests.Servers;
using Oai.Responses;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>The Responses API <see cref="IChatClient"/> adapter over real loopback HTTP: the exact request for every
/// option and content, the records back (messages, reasoning, calls, usage, finish reason, conversation id), streaming,
/// structured output, incomplete responses, a failed stream (cancellation, HTTP errors and a missing model: <see cref="ChatClientAdapterTests"/>).</summary>
[Collection("Telemetry")]
public sealed class ResponsesChatClientAdapterTests
{
    /// <summary>A response whose output is the given items (JSON), with usage (2 cached, 3 reasoning tokens).</summary>
    private static string Response(string id, string output, string status = "completed", bool store = true) => $$$"""
        {"id":"{{{id}}}","object":"response","created_at":1764500000,"status":"{{{status}}}","model":"gpt-4o-mini-2024-07-18",
         "output":[{{{output}}}],"store":{{{(store ? "true" : "false")}}},
         "usage":{"input_tokens":10,"input_tokens_details":{"cached_tokens":2},"output_tokens":5,"output_tokens_details":{"reasoning_tokens":3},"total_tokens":15}}
        """;

    /// <summary>JSON written readably in the test, as the compact text the client sends (same order, same values).</summary>
    private static string Json(string readable)
    {
        using var document = JsonDocument.Parse(readable);
        return JsonSerializer.Serialize(document.RootElement);
    }

    private const string TextOutput = """{"type":"message","id":"msg_1","status":"completed","role":"assistant","content":[{"type":"output_text","text":"ok","annotations":[]}]}""";

    [Fact]
    public async Task Options_and_message_contents_map_to_the_exact_request()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) => Response("resp_2", TextOutput));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient("default-model");
        AIChatMessage[] messages =
        [
            new(AIChatRole.System, "Be brief."),
            new(new AIChatRole("developer"), "Cite sources."),
            new(AIChatRole.User,
            [
                new TextContent("What is in these?"),
                new UriContent(new Uri("https://example.com/cat.png"), "image/png") { AdditionalProperties = new() { ["detail"] = "low" } },
                new DataContent(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "application/pdf") { Name = "report.pdf" },
                new DataContent(new byte[] { 0x89, 0x50 }, "image/png"),
                new HostedFileContent("file-abc"),
                new UriContent(new Uri("https://example.com/report.pdf"), "application/pdf"),
            ]),
            new(AIChatRole.Assistant, [new TextContent("Let me add."), new FunctionCallContent("call_0", "add", new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 })]),
            new(AIChatRole.Tool, [new FunctionResultContent("call_0", 3)]),
            new(AIChatRole.Assistant, [new FunctionCallContent("call_9", "chart", new Dictionary<string, object?>())]),
            new(AIChatRole.Tool, [new FunctionResultContent("call_9", new AIContent[] { new TextContent("The chart:"), new DataContent(new byte[] { 0x89, 0x50 }, "image/png") })]),
        ];
        var options = new ChatOptions
        {
            ModelId = "gpt-4o-mini",
            Instructions = "Answer in French.",
            Temperature = 0.25f,
            TopP = 0.5f,
            MaxOutputTokens = 300,
            Reasoning = new ReasoningOptions { Effort = Microsoft.Extensions.AI.ReasoningEffort.Low, Output = ReasoningOutput.Summary },
            Tools = [AIFunctionFactory.Create((int a, int b) => a + b, "add", "Adds two numbers")],
            ToolMode = ChatToolMode.RequireSpecific("add"),
            AllowMultipleToolCalls = false,
            ResponseFormat = ChatResponseFormat.Json,
            ConversationId = "resp_1",
            StopSequences = ["END"], // the Responses API has no stop sequences, seed or penalties: not sent
            Seed = 42,
            AdditionalProperties = new() { ["strict"] = true, ["service_tier"] = "flex", ["metadata"] = new Dictionary<string, string> { ["team"] = "blue" } },
        };

        var response = await chat.GetResponseAsync(messages, options);

        Assert.Equal(Json("""
            {"model":"gpt-4o-mini","input":[
              {"type":"message","role":"system","content":[{"type":"input_text","text":"Be brief."}]},
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"Cite sources."}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"What is in these?"},
                {"type":"input_image","image_url":"https://example.com/cat.png","detail":"low"},
                {"type":"input_file","file_data":"data:application/pdf;base64,JVBERg==","filename":"report.pdf"},
                {"type":"input_image","image_url":"data:image/png;base64,iVA="},
                {"type":"input_file","file_id":"file-abc"},
                {"type":"input_file","file_url":"https://example.com/report.pdf"}]},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Let me add.","annotations":[]}]},
              {"type":"function_call","call_id":"call_0","name":"add","arguments":"{\"a\":1,\"b\":2}"},
              {"type":"function_call_output","call_id":"call_0","output":"3"},
              {"type":"function_call","call_id":"call_9","name":"chart","arguments":"{}"},
              {"type":"function_call_output","call_id":"call_9","output":[{"type":"input_text","text":"The chart:"},{"type":"input_image","image_url":"data:image/png;base64,iVA="}]}],
             "instructions":"Answer in French.","previous_response_id":"resp_1",
             "tools":[{"type":"function","name":"add","description":"Adds two numbers","parameters":{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"integer"}},"required":["a","b"]},"strict":true}],
             "tool_choice":{"type":"function","name":"add"},"parallel_tool_calls":false,"text":{"format":{"type":"json_object"}},
             "reasoning":{"effort":"low","summary":"concise"},"max_output_tokens":300,"temperature":0.25,"top_p":0.5,
             "service_tier":"flex","metadata":{"team":"blue"}}
            """),
            server.Bodies.Single().GetRawText());
        Assert.Equal("ok", response.Text);
        Assert.Equal("resp_2", response.ConversationId);
    }

    [Fact]
    public async Task A_response_maps_to_messages_usage_finish_reason_records_and_a_conversation_id()
    {
        const string output = """
            {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Adding."}],"encrypted_content":"gAAAA-enc"},
            {"type":"message","id":"msg_1","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Adding 1 and 2.","annotations":[]}]},
            {"type":"function_call","id":"fc_1","call_id":"call_1","name":"add","arguments":"{\"a\":1,\"b\":2}","status":"completed"}
            """;
        await using var server = await ScriptedServer.StartAsync((number, _) => Response($"resp_{number}", number == 1 ? output : TextOutput, store: number != 3));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient("gpt-4o-mini");

        var response = await chat.GetResponseAsync("1+2?");

        var raw = Assert.IsType<Response>(response.RawRepresentation);
        Assert.Equal(("resp_1", "resp_1", "gpt-4o-mini-2024-07-18"), (response.ResponseId, response.ConversationId, response.ModelId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764500000), response.CreatedAt);
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Equal((10L, 5L, 15L, 2L, 3L), (response.Usage!.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.TotalTokenCount, response.Usage.CachedInputTokenCount, response.Usage.ReasoningTokenCount));
        var message = Assert.Single(response.Messages);
        Assert.Equal(("msg_1", AIChatRole.Assistant), (message.MessageId, message.Role));
        Assert.Same(raw.Output[1], message.RawRepresentation);
        var reasoning = Assert.IsType<TextReasoningContent>(message.Contents[0]);
        Assert.Equal(("Adding.", "gAAAA-enc", "rs_1"), (reasoning.Text, reasoning.ProtectedData, reasoning.AdditionalProperties?["reasoningItemId"]));
        Assert.Same(raw.Output[0], reasoning.RawRepresentation);
        Assert.Equal("Adding 1 and 2.", Assert.IsType<TextContent>(message.Contents[1]).Text);
        var call = Assert.IsType<FunctionCallContent>(message.Contents[2]);
        Assert.Equal(("call_1", "add", "1", "2"), (call.CallId, call.Name, call.Arguments!["a"]!.ToString(), call.Arguments["b"]!.ToString()));
        Assert.Same(raw.Output[2], call.RawRepresentation);
        Assert.Same(oai, chat.GetService<OaiClient>());
        Assert.Same(oai.Responses, chat.GetService<ResponsesClient>());
        var metadata = chat.GetService<ChatClientMetadata>()!;
        Assert.Equal(("openai", "gpt-4o-mini", server.BaseUrl), (metadata.ProviderName, metadata.DefaultModelId, metadata.ProviderUri));
        Assert.Null(chat.GetService<OaiClient>("key"));

        // A conversation (conv_...) is sent as one and stays the conversation id.
        var second = await chat.GetResponseAsync("And 3+4?", new ChatOptions { ConversationId = "conv_abc" });
        Assert.Equal(("conv_abc", "resp_2"), (second.ConversationId, second.ResponseId));
        Assert.Equal("conv_abc", server.Bodies[1].GetProperty("conversation").GetString());
        Assert.False(server.Bodies[1].TryGetProperty("previous_response_id", out _));

        // Not stored: no conversation to continue, and the history goes back whole, the model's items as they came.
        var third = await chat.GetResponseAsync([new AIChatMessage(AIChatRole.User, "1+2?"), .. response.Messages, new AIChatMessage(AIChatRole.Tool, [new FunctionResultContent("call_1", "3")])],
            new ChatOptions { RawRepresentationFactory = _ => new ResponseRequest { Store = false, Include = ["reasoning.encrypted_content"] } });
        Assert.Null(third.ConversationId);
        Assert.Equal(Json("""
            [{"type":"message","role":"user","content":[{"type":"input_text","text":"1+2?"}]},
             {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Adding."}],"content":[],"encrypted_content":"gAAAA-enc"},
             {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Adding 1 and 2.","annotations":[]}]},
             {"type":"function_call","id":"fc_1","call_id":"call_1","name":"add","arguments":"{\"a\":1,\"b\":2}","status":"completed"},
             {"type":"function_call_output","call_id":"call_1","output":"3"}]
            """),
            server.Bodies[2].GetProperty("input").GetRawText());
        Assert.False(server.Bodies[2].GetProperty("store").GetBoolean());
        Assert.Equal("""["reasoning.encrypted_content"]""", server.Bodies[2].GetProperty("include").GetRawText());
    }

    [Fact]
    public async Task A_raw_requests_tools_come_first_then_the_option_functions_and_its_tool_choice_and_parallel_setting_are_kept()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) => Response("resp_2", TextOutput));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient("m");
        var add = AIFunctionFactory.Create((int a, int b) => a + b, "add", "Adds two numbers");

        await chat.GetResponseAsync("hi", new ChatOptions
        {
            RawRepresentationFactory = _ => new ResponseRequest { Tools = [new WebSearchTool()], ToolChoice = ResponseToolChoice.Required, ParallelToolCalls = false },
            Tools = [add],
            ToolMode = ChatToolMode.None,
            AllowMultipleToolCalls = true,
        });
        await chat.GetResponseAsync("hi", new ChatOptions
        {
            RawRepresentationFactory = _ => new ResponseRequest { Tools = [new WebSearchTool()] },
            ToolMode = ChatToolMode.None,
            AllowMultipleToolCalls = true,
        });

        var first = server.Bodies[0];
        Assert.Equal(["web_search", "function"], first.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal("add", first.GetProperty("tools")[1].GetProperty("name").GetString());
        Assert.Equal("\"required\"", first.GetProperty("tool_choice").GetRawText());
        Assert.False(first.GetProperty("parallel_tool_calls").GetBoolean());
        // Without choices of its own, the raw request's tools take the options' tool mode and parallel setting.
        var second = server.Bodies[1];
        Assert.Equal("""[{"type":"web_search"}]""", second.GetProperty("tools").GetRawText());
        Assert.Equal("\"none\"", second.GetProperty("tool_choice").GetRawText());
        Assert.True(second.GetProperty("parallel_tool_calls").GetBoolean());
    }

    [Fact]
    public async Task An_additional_property_naming_a_request_field_is_sent_once_the_value_the_request_sets_winning()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) => Response("resp_2", "", store: false));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient("m");

        await chat.GetResponseAsync("hi", new ChatOptions { Temperature = 0.5f, AdditionalProperties = new() { ["temperature"] = 0.9 } });
        await chat.GetResponseAsync("hi", new ChatOptions
        {
            RawRepresentationFactory = _ => new ResponseRequest { Store = true },
            AdditionalProperties = new() { ["store"] = false },
        });
        var unset = await chat.GetResponseAsync("hi", new ChatOptions { AdditionalProperties = new() { ["store"] = false, ["temperature"] = 0.9 } });

        static int Count(JsonElement body, string name) => body.EnumerateObject().Count(p => p.Name == name);
        Assert.Equal((1, 0.5), (Count(server.Bodies[0], "temperature"), server.Bodies[0].GetProperty("temperature").GetDouble()));
        Assert.Equal((1, true), (Count(server.Bodies[1], "store"), server.Bodies[1].GetProperty("store").GetBoolean()));
        // A field the request leaves unset is sent from the additional property, once.
        Assert.Equal((1, false), (Count(server.Bodies[2], "store"), server.Bodies[2].GetProperty("store").GetBoolean()));
        Assert.Equal((1, 0.9), (Count(server.Bodies[2], "temperature"), server.Bodies[2].GetProperty("temperature").GetDouble()));
        Assert.Null(unset.ConversationId);
    }

    [Theory]
    [InlineData("conv_abc")]
    [InlineData("CONV_abc")]
    [InlineData("Conv_abc")]
    public async Task A_conversation_id_prefix_is_matched_ignoring_case_as_Microsoft_Extensions_AI_does(string id)
    {
        await using var server = await ScriptedServer.StartAsync((_, _) => Response("resp_2", TextOutput));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient("m");

        var response = await chat.GetResponseAsync("hi", new ChatOptions { ConversationId = id });

        Assert.Equal(id, server.Bodies.Single().GetProperty("conversation").GetString());
        Assert.False(server.Bodies.Single().TryGetProperty("previous_response_id", out _));
        Assert.Equal(id, response.ConversationId);
    }

    [Fact]
    public async Task A_stream_gives_reasoning_and_text_as_they_come_each_call_whole_then_usage_and_finish_reason()
    {
        string[] events =
        [
            """{"type":"response.created","sequence_number":0,"response":{"id":"resp_s","object":"response","created_at":1764500000,"status":"in_progress","model":"gpt-4o-mini-2024-07-18","output":[]}}""",
            """{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"type":"reasoning","id":"rs_1","summary":[]}}""",
            """{"type":"response.reasoning_summary_text.delta","sequence_number":2,"item_id":"rs_1","output_index":0,"summary_index":0,"delta":"Add"}""",
            """{"type":"response.reasoning_summary_text.delta","sequence_number":3,"item_id":"rs_1","output_index":0,"summary_index":0,"delta":"ing."}""",
            """{"type":"response.output_item.done","sequence_number":4,"output_index":0,"item":{"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Adding."}]}}""",
            """{"type":"response.output_item.added","sequence_number":5,"output_index":1,"item":{"type":"message","id":"msg_1","status":"in_progress","role":"assistant","content":[]}}""",
            """{"type":"response.output_text.delta","sequence_number":6,"item_id":"msg_1","output_index":1,"content_index":0,"delta":"Let me "}""",
            """{"type":"response.output_text.delta","sequence_number":7,"item_id":"msg_1","output_index":1,"content_index":0,"delta":"add."}""",
            """{"type":"response.output_item.done","sequence_number":8,"output_index":1,"item":{"type":"message","id":"msg_1","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Let me add.","annotations":[]}]}}""",
            """{"type":"response.output_item.added","sequence_number":9,"output_index":2,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"add","arguments":"","status":"in_progress"}}""",
            """{"type":"response.function_call_arguments.delta","sequence_number":10,"item_id":"fc_1","output_index":2,"delta":"{\"a\":1,"}""",
            """{"type":"response.function_call_arguments.delta","sequence_number":11,"item_id":"fc_1","output_index":2,"delta":"\"b\":2}"}""",
            """{"type":"response.output_item.done","sequence_number":12,"output_index":2,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"add","arguments":"{\"a\":1,\"b\":2}","status":"completed"}}""",
            """{"type":"response.completed","sequence_number":13,"response":{"id":"resp_s","object":"response","created_at":1764500000,"status":"completed","model":"gpt-4o-mini-2024-07-18","output":[{"type":"function_call","id":"fc_1","call_id":"call_1","name":"add","arguments":"{\"a\":1,\"b\":2}","status":"completed"}],"usage":{"input_tokens":12,"output_tokens":7,"total_tokens":19}}}""",
        ];
        await using var server = await ScriptedServer.StartAsync((_, _) => string.Concat(events.Select(e => $"data: {e}\n\n")));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient("gpt-4o-mini");

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("1+2?"))
        {
            updates.Add(update);
        }

        Assert.Equal(events.Length, updates.Count); // one update per event, the event as its record
        Assert.Equal(Enumerable.Range(0, events.Length).Select(i => (long)i), updates.Select(u => Assert.IsAssignableFrom<ResponseStreamEvent>(u.RawRepresentation).SequenceNumber));
        Assert.All(updates, u => Assert.Equal(("resp_s", "resp_s", "gpt-4o-mini-2024-07-18"), (u.ResponseId, u.ConversationId, u.ModelId)));
        Assert.Equal(["", "", "", "", "", "", "Let me ", "add.", "", "", "", "", "", ""], updates.Select(u => u.Text));
        Assert.Equal(["Add", "ing."], updates.SelectMany(u => u.Contents).OfType<TextReasoningContent>().Select(r => r.Text));
        Assert.Equal("msg_1", updates[7].MessageId);
        var call = Assert.IsType<FunctionCallContent>(Assert.Single(updates[12].Contents));
        Assert.Equal(("call_1", "add", "2"), (call.CallId, call.Name, call.Arguments!["b"]!.ToString()));
        Assert.Equal(13, updates.FindIndex(u => u.FinishReason is not null));
        Assert.Equal(ChatFinishReason.ToolCalls, updates[^1].FinishReason);
        var usage = Assert.IsType<UsageContent>(Assert.Single(updates[^1].Contents)).Details;
        Assert.Equal((12L, 7L, 19L), (usage.InputTokenCount, usage.OutputTokenCount, usage.TotalTokenCount));
        Assert.True(server.Bodies.Single().GetProperty("stream").GetBoolean());

        var whole = updates.ToChatResponse();
        Assert.Equal(("Let me add.", "resp_s", 19L), (whole.Text, whole.ConversationId, whole.Usage?.TotalTokenCount));
    }

    public sealed record Weather(string City, int Celsius);

    [Fact]
    public async Task Structured_output_sends_a_json_schema_text_format_and_reads_the_typed_result()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) => Response("resp_w",
            """{"type":"message","id":"msg_w","status":"completed","role":"assistant","content":[{"type":"output_text","text":"{\"city\":\"Paris\",\"celsius\":18}","annotations":[]}]}"""));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient("gpt-4o-mini");

        var response = await chat.GetResponseAsync<Weather>("Weather in Paris?");

        Assert.Equal(new Weather("Paris", 18), response.Result);
        var format = server.Bodies.Single().GetProperty("text").GetProperty("format");
        Assert.Equal(["type", "name", "schema"], format.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("json_schema", "Weather"), (format.GetProperty("type").GetString(), format.GetProperty("name").GetString()));
        Assert.Equal("object", format.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(["celsius", "city"], format.GetProperty("schema").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_response_cut_by_max_output_tokens_finishes_with_length(bool streamed)
    {
        await using var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = false });
        using var oai = emulator.CreateClient();
        using var chat = oai.AsResponsesChatClient("gpt-4o-mini");
        var options = new ChatOptions { MaxOutputTokens = 2 };

        var response = streamed
            ? await chat.GetStreamingResponseAsync("Hello there", options).ToChatResponseAsync()
            : await chat.GetResponseAsync("Hello there", options);

        Assert.Equal(("You said", ChatFinishReason.Length), (response.Text, response.FinishReason));
        Assert.Equal(2, emulator.Requests.Single().Body!.Value.GetProperty("max_output_tokens").GetInt32());
    }

    [Fact]
    public async Task Cancelling_a_stream_mid_way_closes_the_connection_and_ends_the_span_as_cancelled()
    {
        const string model = "responses-cancel";
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await Sse.DataAsync(context, $$$"""{"type":"response.created","sequence_number":0,"response":{"id":"resp_c","object":"response","created_at":1764500000,"status":"in_progress","model":"{{{model}}}","output":[]}}""");
            await Sse.DataAsync(context, """{"type":"response.output_text.delta","sequence_number":1,"item_id":"msg_c","output_index":0,"content_index":0,"delta":"Once"}""");
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var recorder = SpanRecorder.ForModel(model);
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsResponsesChatClient(model);
        using var cancel = new CancellationTokenSource();
        var text = new StringBuilder();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Tell a story", cancellationToken: cancel.Token))
            {
                text.Append(update.Text);
                if (text.Length > 0)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.Equal("Once", text.ToString());
        await server.ClientAborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var span = Assert.Single(recorder.Spans);
        Assert.Equal(("cancelled", ActivityStatusCode.Error), (span.GetTagItem("error.type"), span.Status));
    }

    [Fact]
    public async Task A_failed_stream_surfaces_as_an_OaiApiException_through_the_middleware()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) =>
            """data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_f","object":"response","created_at":1764500000,"status":"in_progress","model":"gpt-4o-mini","output":[]}}""" + "\n\n" +
            """data: {"type":"response.failed","sequence_number":1,"response":{"id":"resp_f","object":"response","created_at":1764500000,"status":"failed","model":"gpt-4o-mini","output":[],"error":{"code":"server_error","message":"The model failed."}}}""" + "\n\n");
        using var oai = Adapters.Client(server.BaseUrl);
        using IChatClient chat = new ChatClientBuilder(oai.AsResponsesChatClient("gpt-4o-mini")).UseFunctionInvocation().Build();
        var text = new StringBuilder();

        var error = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("hi"))
            {
                text.Append(update.Text);
            }
        });

        Assert.Equal(("server_error", "The model failed."), (error.Error?.Code, error.Error?.Message));
        Assert.Equal(string.Empty, text.ToString());
    }
}
