using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Oai;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Chat completions on the emulator, driven by our client, in memory and over loopback.</summary>
public sealed class EmulatorChatTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Without_a_script_the_reply_echoes_the_last_user_message_with_usage(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var completion = await client.Chat.Completions.CreateAsync(Emulators.Chat("Hello there"));

        Assert.Equal("You said: Hello there", completion.Choices[0].Message.Content);
        Assert.Equal(FinishReason.Stop, completion.Choices[0].FinishReason);
        Assert.Equal("gpt-4o-mini", completion.Model);
        Assert.StartsWith("chatcmpl-", completion.Id);
        // About four characters a token, every string of the messages counted: "user" is 1, "Hello there" 3; the reply's 21 characters are 6.
        Assert.Equal(4, completion.Usage!.PromptTokens);
        Assert.Equal(6, completion.Usage.CompletionTokens);
        Assert.Equal(10, completion.Usage.TotalTokens);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scripted_text_is_streamed_word_by_word_with_usage_when_asked(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("one two three"));

        var stream = client.Chat.Completions.CreateStreamAsync(Emulators.Chat() with { StreamOptions = new StreamOptions { IncludeUsage = true } });
        var accumulator = new ChatCompletionAccumulator();
        var pieces = new System.Collections.Generic.List<string>();
        await foreach (var chunk in stream)
        {
            accumulator.Append(chunk);
            if (chunk.TryGetText(out var piece))
            {
                pieces.Add(piece);
            }
        }

        Assert.Equal(["one", " two", " three"], pieces);
        var completion = accumulator.Build();
        Assert.Equal("one two three", completion.Choices[0].Message.Content);
        Assert.Equal(FinishReason.Stop, completion.Choices[0].FinishReason);
        Assert.Equal(4, completion.Usage!.CompletionTokens);
        Assert.Matches("^req_[0-9a-f]{32}$", stream.RequestId);
        Assert.Equal(0, emulator.PendingReplies);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stream_without_include_usage_has_no_usage_chunk(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        // The client asks for usage unless told otherwise, so say no.
        var chunks = await client.Chat.Completions.CreateStreamAsync(Emulators.Chat("Hi") with { StreamOptions = new StreamOptions { IncludeUsage = false } }).ToListAsync();

        Assert.DoesNotContain(chunks, chunk => chunk.Usage is not null);
        Assert.Equal(ChatRole.Assistant, chunks[0].Choices[0].Delta.Role);
        Assert.Equal(FinishReason.Stop, chunks[^1].Choices[0].FinishReason);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scripted_tool_call_answers_a_request_that_offers_the_tool_whole_and_streamed(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.ToolCall("get_weather", """{"city":"Paris"}"""));
        emulator.Enqueue(EmulatorReply.ToolCall("get_weather", """{"city":"Lyon, France"}"""));

        var whole = await client.Chat.Completions.CreateAsync(Emulators.ChatWithTools());
        Assert.True(whole.Choices[0].IsStoppedForToolCalls);
        Assert.Null(whole.Choices[0].Message.Content);
        var call = Assert.IsType<ChatFunctionToolCall>(Assert.Single(whole.Choices[0].Message.ToolCalls));
        Assert.Equal("get_weather", call.Function.Name);
        Assert.Equal("""{"city":"Paris"}""", call.Function.Arguments);
        Assert.StartsWith("call_", call.Id);

        var accumulator = new ChatCompletionAccumulator();
        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Emulators.ChatWithTools()))
        {
            accumulator.Append(chunk);
        }

        var streamed = Assert.IsType<ChatFunctionToolCall>(Assert.Single(accumulator.Build().Choices[0].Message.ToolCalls));
        Assert.Equal("""{"city":"Lyon, France"}""", streamed.Function.Arguments);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_tool_call_is_not_used_for_a_request_that_does_not_offer_the_tool(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.ToolCall("get_weather", "{}"));

        var plain = await client.Chat.Completions.CreateAsync(Emulators.Chat("No tools here"));

        Assert.Equal("You said: No tools here", plain.Choices[0].Message.Content);
        Assert.Equal(1, emulator.PendingReplies);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_refusal_sets_refusal_and_no_content_whole_and_streamed(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Refusal("I can't help with that."));
        emulator.Enqueue(EmulatorReply.Refusal("No, sorry."));

        var whole = await client.Chat.Completions.CreateAsync(Emulators.Chat());
        Assert.True(whole.Choices[0].Message.TryGetRefusal(out var refusal));
        Assert.Equal("I can't help with that.", refusal);
        Assert.Null(whole.Choices[0].Message.Content);

        var accumulator = new ChatCompletionAccumulator();
        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Emulators.Chat()))
        {
            accumulator.Append(chunk);
        }

        Assert.Equal("No, sorry.", accumulator.Build().Choices[0].Message.Refusal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Replies_match_by_model_path_and_predicate_in_queue_order(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("for gpt-4o") with { Model = "gpt-4o" });
        emulator.Enqueue(EmulatorReply.Text("for embeddings?") with { Path = "embeddings" });
        emulator.Enqueue(EmulatorReply.Text("for a question") with { When = request => request.Body!.Value.GetRawText().Contains('?') });

        var mini = await client.Chat.Completions.CreateAsync(Emulators.Chat("Why?"));
        var big = await client.Chat.Completions.CreateAsync(Emulators.Chat("Hi", model: "gpt-4o"));

        Assert.Equal("for a question", mini.Choices[0].Message.Content);
        Assert.Equal("for gpt-4o", big.Choices[0].Message.Content);
        // A text reply never answers the embeddings endpoint; it stays queued for a chat request to /v1/embeddings, which never comes.
        Assert.Equal(1, emulator.PendingReplies);
    }

    [Fact]
    public async Task The_request_log_keeps_the_most_recent_requests_up_to_its_limit_with_no_credential_in_it()
    {
        await using var emulator = await Emulators.StartAsync(inMemory: true, new OaiEmulatorOptions { RequestLogLimit = 2 });
        using var client = Emulators.Client(emulator);

        foreach (var text in new[] { "one", "two", "three" })
        {
            // As an Azure-style client would send its key.
            await client.Chat.Completions.CreateAsync(Emulators.Chat(text), new RequestOptions { Headers = { ["api-key"] = "azure-secret-key" } });
        }

        Assert.Equal(["two", "three"], emulator.Requests.Select(r => r.Body!.Value.GetProperty("messages")[0].GetProperty("content").GetString()));
        var headers = string.Join("\n", emulator.Requests.SelectMany(r => r.Headers).Select(h => $"{h.Key}: {h.Value}"));
        Assert.DoesNotContain(OaiEmulator.ApiKey, headers, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer [redacted]", headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("azure-secret-key", headers, StringComparison.Ordinal);
        Assert.Contains("api-key: [redacted]", headers, StringComparison.OrdinalIgnoreCase);

        await using var silent = await Emulators.StartAsync(inMemory: true, new OaiEmulatorOptions { RequestLogLimit = 0 });
        using var silentClient = Emulators.Client(silent);
        await silentClient.Chat.Completions.CreateAsync(Emulators.Chat("unlogged"));
        Assert.Empty(silent.Requests);
        Assert.Equal(
            "OaiEmulatorOptions.RequestLogLimit cannot be negative, got -1. (Parameter 'options')",
            (await Assert.ThrowsAsync<ArgumentException>(() => OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = true, RequestLogLimit = -1 }))).Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_request_is_logged_with_method_path_headers_and_parsed_body(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        await client.Chat.Completions.CreateAsync(Emulators.Chat("Inspect me") with { Temperature = 0.5 });

        var request = Assert.Single(emulator.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("chat/completions", request.Path);
        Assert.Equal("Bearer [redacted]", request.Headers["authorization"]);
        Assert.True(request.HasApiKey(OaiEmulator.ApiKey));
        Assert.False(request.HasApiKey(OaiEmulator.ApiKey + "x"));
        Assert.Equal("gpt-4o-mini", request.Model);
        Assert.False(request.IsStream);
        Assert.Equal(0.5, request.Body!.Value.GetProperty("temperature").GetDouble());
        Assert.Equal("Inspect me", request.Body.Value.GetProperty("messages")[0].GetProperty("content").GetString());
        Assert.Equal("POST chat/completions", request.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_response_has_an_x_request_id(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        using var ok = await http.PostAsync("chat/completions", new StringContent("""{"model":"gpt-4o","messages":[{"role":"user","content":"x"}]}"""));
        using var missing = await http.GetAsync("nothing/here");

        Assert.Matches("^req_[0-9a-f]{32}$", ok.Headers.GetValues("x-request-id").Single());
        Assert.Matches("^req_[0-9a-f]{32}$", missing.Headers.GetValues("x-request-id").Single());
        Assert.NotEqual(ok.Headers.GetValues("x-request-id").Single(), missing.Headers.GetValues("x-request-id").Single());
    }
}
