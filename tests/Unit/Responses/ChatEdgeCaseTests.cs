using System.Collections.Generic;
using System.Text.Json;
using Oai.Chat;

namespace Oai.UnitTests.Responses;

/// <summary>Shapes real responses take that the schema does not promise: missing or null arrays, unknown variants.</summary>
public sealed class ChatEdgeCaseTests
{
    private static ChatCompletion ParseCompletion(string json)
    {
        return JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ChatCompletion)
            ?? throw new Xunit.Sdk.XunitException("Expected a completion, got null.");
    }

    private static ChatCompletionChunk ParseChunk(string json)
    {
        return JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ChatCompletionChunk)
            ?? throw new Xunit.Sdk.XunitException("Expected a chunk, got null.");
    }

    private static ChatCompletionMessage ParseMessage(string messageJson)
    {
        return Assert.Single(ParseCompletion($$"""{"id":"c","choices":[{"index":0,"message":{{messageJson}}}]}""").Choices).Message;
    }

    [Theory]
    [InlineData("""{"id":"c"}""")]
    [InlineData("""{"id":"c","choices":[]}""")]
    [InlineData("""{"id":"c","choices":null}""")]
    public void CompletionChoices_MissingEmptyOrNull_ReadAsEmpty(string json)
    {
        ChatCompletion completion = ParseCompletion(json);

        Assert.NotNull(completion.Choices);
        Assert.Empty(completion.Choices);
        Assert.False(completion.TryGetText(out _), "Expected no text without choices.");
    }

    [Theory]
    [InlineData("""{"id":"c","usage":{"total_tokens":3}}""", true)]
    [InlineData("""{"id":"c","choices":[],"usage":{"total_tokens":3}}""", true)]
    [InlineData("""{"id":"c","choices":null,"usage":{"total_tokens":3}}""", true)]
    [InlineData("""{"id":"c","choices":[]}""", false)]
    public void ChunkChoices_MissingEmptyOrNull_ReadAsEmpty(string json, bool usageOnly)
    {
        ChatCompletionChunk chunk = ParseChunk(json);

        Assert.NotNull(chunk.Choices);
        Assert.Empty(chunk.Choices);
        Assert.Equal(usageOnly, chunk.IsUsageOnly);
        Assert.False(chunk.TryGetText(out _), "Expected no content without choices.");
    }

    [Fact]
    public void MissingFields_KeepTheirDefaults()
    {
        ChatCompletion completion = ParseCompletion("""{"choices":[{"message":{}}]}""");

        Assert.Equal(string.Empty, completion.Id);
        Assert.Equal(string.Empty, completion.Model);
        Assert.Equal(ObjectKind.ChatCompletion, completion.Object);
        ChatChoice choice = Assert.Single(completion.Choices);
        Assert.Null(choice.Logprobs);
        Assert.Null(choice.FinishReason);
        Assert.Equal(ChatRole.Assistant, choice.Message.Role);
        Assert.Empty(choice.Message.ToolCalls);
        Assert.Empty(choice.Message.Annotations);
    }

    [Fact]
    public void NullIdAndModel_ReadAsEmpty()
    {
        ChatCompletion completion = ParseCompletion("""{"id":null,"model":null}""");

        Assert.Equal(string.Empty, completion.Id);
        Assert.Equal(string.Empty, completion.Model);
    }

    [Fact]
    public void LogprobsOmitted_IsNull_AndNullListsInsideReadAsEmpty()
    {
        ChatCompletion completion = ParseCompletion(
            """{"choices":[{"index":0,"message":{"content":"x"}},{"index":1,"message":{"content":"y"},"logprobs":{"content":null,"refusal":null}}]}""");

        Assert.Null(completion.Choices[0].Logprobs);
        ChatChoiceLogprobs logprobs = completion.Choices[1].Logprobs!;
        Assert.Empty(logprobs.Content);
        Assert.Empty(logprobs.Refusal);
    }

    [Fact]
    public void NullTokenBytes_StayNull_AndNullTopLogprobsReadAsEmpty()
    {
        ChatCompletion completion = ParseCompletion(
            """{"choices":[{"message":{},"logprobs":{"content":[{"token":"<x>","logprob":-9999.0,"bytes":null,"top_logprobs":null}]}}]}""");

        ChatTokenLogprob token = Assert.Single(completion.Choices[0].Logprobs!.Content);
        Assert.Equal(-9999.0, token.Logprob);
        Assert.Null(token.Bytes);
        Assert.Empty(token.TopLogprobs);
    }

    [Fact]
    public void ToolCallsNull_ReadsAsEmpty()
    {
        ChatCompletionMessage message = ParseMessage("""{"role":"assistant","content":"hi","tool_calls":null,"annotations":null}""");

        Assert.Empty(message.ToolCalls);
        Assert.Empty(message.Annotations);
        Assert.False(message.TryGetToolCalls(out _), "Expected tool_calls: null to mean no tool calls.");
    }

    [Fact]
    public void UnknownToolCallType_IsKeptWithItsRawJson()
    {
        const string Call = """{"type":"web_browse","id":"call_9","web_browse":{"url":"https://example.com"},"n":1}""";
        ChatCompletionMessage message = ParseMessage($$$"""{"tool_calls":[{{{Call}}},{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]}""");

        UnknownChatToolCall unknown = Assert.IsType<UnknownChatToolCall>(message.ToolCalls[0]);
        Assert.Equal("call_9", unknown.Id);
        Assert.Equal("web_browse", unknown.Type);
        Assert.Equal(Call, unknown.Raw.GetRawText());
        Assert.False(unknown.TryGetFunction(out _), "Expected an unknown tool call not to be a function call.");
        Assert.True(message.ToolCalls[1].TryGetFunction(out ChatFunctionToolCall? function), "Expected the type to be read after other fields too.");
        Assert.Equal("f", function.Function.Name);

        string written = JsonSerializer.Serialize(message, RecordsJsonContext.Default.ChatCompletionMessage);
        Assert.Contains(Call, written, System.StringComparison.Ordinal);
    }

    [Fact]
    public void CustomToolCall_AndDiscriminatorAfterOtherFields()
    {
        ChatCompletionMessage message = ParseMessage(
            """{"tool_calls":[{"custom":{"name":"grep","input":"foo.*"},"id":"call_c","type":"custom","extra":[1]}]}""");

        ChatCustomToolCall call = Assert.IsType<ChatCustomToolCall>(Assert.Single(message.ToolCalls));
        Assert.Equal("call_c", call.Id);
        Assert.Equal("custom", call.Type);
        Assert.Equal("grep", call.Custom.Name);
        Assert.Equal("foo.*", call.Custom.Input);
        Assert.Equal("[1]", call.AdditionalProperties!["extra"].GetRawText());
    }

    [Fact]
    public void Annotations_UrlCitationAndUnknownKind()
    {
        ChatCompletionMessage message = ParseMessage(
            """{"content":"See docs.","annotations":[{"type":"url_citation","url_citation":{"start_index":4,"end_index":8,"url":"https://x.test/","title":"Docs"}},{"type":"file_citation","file_id":"f1"}]}""");

        ChatUrlCitationAnnotation citation = Assert.IsType<ChatUrlCitationAnnotation>(message.Annotations[0]);
        Assert.Equal(4, citation.UrlCitation.StartIndex);
        Assert.Equal(8, citation.UrlCitation.EndIndex);
        Assert.Equal("https://x.test/", citation.UrlCitation.Url);
        Assert.Equal("Docs", citation.UrlCitation.Title);
        UnknownChatAnnotation unknown = Assert.IsType<UnknownChatAnnotation>(message.Annotations[1]);
        Assert.Equal("file_citation", unknown.Type);
        Assert.Equal("f1", unknown.Raw.GetProperty("file_id").GetString());
    }

    [Fact]
    public void UnknownFinishReason_IsKeptAndPrintedAsSent()
    {
        ChatChoice choice = Assert.Single(ParseCompletion("""{"choices":[{"message":{},"finish_reason":"guardrail_tripped"}]}""").Choices);

        Assert.Equal(new FinishReason("guardrail_tripped"), choice.FinishReason);
        Assert.Equal("guardrail_tripped", choice.FinishReason.ToString());
        Assert.False(choice.IsStoppedForLength || choice.IsStoppedForToolCalls || choice.IsFiltered,
            "Expected an unknown finish reason to match none of the known guards.");
    }

    [Fact]
    public void UnknownOpenValues_AreKept()
    {
        ChatCompletion completion = ParseCompletion(
            """{"object":"chat.completion.v2","service_tier":"ultrafast","choices":[{"message":{"role":"critic"}}]}""");

        Assert.Equal("chat.completion.v2", completion.Object.ToString());
        Assert.Equal("ultrafast", completion.ServiceTier.ToString());
        Assert.Equal("critic", completion.Choices[0].Message.Role.Value);
    }

    [Fact]
    public void NullOpenValues_ReadAsMissing()
    {
        ChatCompletion withNulls = ParseCompletion(
            """{"object":null,"service_tier":null,"choices":[{"message":{"role":null},"finish_reason":null}]}""");
        ChatCompletion without = ParseCompletion("""{"choices":[{"message":{}}]}""");

        Assert.Equal(without.Object, withNulls.Object);
        Assert.Equal(without.ServiceTier, withNulls.ServiceTier);
        Assert.Equal(without.Choices[0].Message.Role, withNulls.Choices[0].Message.Role);
        Assert.Equal(without.Choices[0].FinishReason, withNulls.Choices[0].FinishReason);
        Assert.Equal(ObjectKind.ChatCompletion, withNulls.Object);
    }

    [Fact]
    public void WasFiltered_And_Audio_And_LegacyFunctionCall()
    {
        ChatChoice choice = Assert.Single(ParseCompletion(
            """{"choices":[{"finish_reason":"content_filter","message":{"content":null,"audio":{"id":"a1","data":"AAA=","expires_at":1700000000,"transcript":"hi"},"function_call":{"name":"f","arguments":"{\"a\":1}"}}}]}""").Choices);

        Assert.True(choice.IsFiltered, "Expected content_filter to read as IsFiltered.");
        Assert.Equal("a1", choice.Message.Audio!.Id);
        Assert.Equal("AAA=", choice.Message.Audio.Data);
        Assert.Equal(1700000000L, choice.Message.Audio.ExpiresAt);
        Assert.Equal("hi", choice.Message.Audio.Transcript);
        Assert.Equal("f", choice.Message.FunctionCall!.Name);
        Assert.Equal("{\"a\":1}", choice.Message.FunctionCall.Arguments);
    }

    [Fact]
    public void WrittenCompletion_OmitsGuardsAndConvenienceProperties()
    {
        ChatCompletion completion = ParseCompletion("""{"id":"c","created":5,"choices":[{"message":{"content":"x"},"finish_reason":"stop"}]}""");

        string written = JsonSerializer.Serialize(completion, RecordsJsonContext.Default.ChatCompletion);

        foreach (string name in new List<string> { "created_at", "CreatedAt", "stopped_for_length", "IsStoppedForLength", "was_filtered" })
        {
            Assert.DoesNotContain(name, written, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownToolCallBuiltWithoutRaw_WritesIdAndType()
    {
        var message = new ChatCompletionMessage { ToolCalls = [new UnknownChatToolCall { Id = "call_1", Type = "future" }] };

        string written = JsonSerializer.Serialize(message, RecordsJsonContext.Default.ChatCompletionMessage);

        Assert.Contains("""{"id":"call_1","type":"future"}""", written, System.StringComparison.Ordinal);
    }
}
