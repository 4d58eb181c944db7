using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>Parses every non-streamed chat recording of openai-dotnet and checks the typed values exactly.</summary>
public sealed class ChatCompletionRecordingTests
{
    private static ChatCompletion Parse(RecordedEntry entry)
    {
        Assert.Equal(200, entry.StatusCode);
        ChatCompletion? completion = JsonSerializer.Deserialize(entry.BodyJson, RecordsJsonContext.Default.ChatCompletion);
        Assert.NotNull(completion);
        return completion;
    }

    private static ChatCompletion Load(string folder, string file, int entry = 0)
    {
        return Parse(Recording.LoadEntries("openai-dotnet", folder, file)[entry]);
    }

    private static void AssertUsage(CompletionUsage? usage, int prompt, int completion, int total, int reasoning = 0)
    {
        Assert.NotNull(usage);
        Assert.Equal(prompt, usage.PromptTokens);
        Assert.Equal(completion, usage.CompletionTokens);
        Assert.Equal(total, usage.TotalTokens);
        Assert.Equal(0, usage.PromptTokensDetails?.CachedTokens);
        Assert.Equal(0, usage.PromptTokensDetails?.AudioTokens);
        Assert.Equal(reasoning, usage.CompletionTokensDetails?.ReasoningTokens);
        Assert.Equal(0, usage.CompletionTokensDetails?.AudioTokens);
        Assert.Equal(0, usage.CompletionTokensDetails?.AcceptedPredictionTokens);
        Assert.Equal(0, usage.CompletionTokensDetails?.RejectedPredictionTokens);
    }

    private static ChatChoice SingleStop(ChatCompletion completion)
    {
        ChatChoice choice = Assert.Single(completion.Choices);
        Assert.Equal(0, choice.Index);
        Assert.Equal(FinishReason.Stop, choice.FinishReason);
        Assert.Equal(ChatRole.Assistant, choice.Message.Role);
        Assert.Null(choice.Message.Refusal);
        Assert.Empty(choice.Message.ToolCalls);
        Assert.Empty(choice.Message.Annotations);
        Assert.Null(choice.Message.Audio);
        Assert.False(choice.IsStoppedForLength || choice.IsStoppedForToolCalls || choice.IsFiltered);
        return choice;
    }

    [Fact]
    public void HelloWorldChat_ParsesEveryField()
    {
        ChatCompletion completion = Load("ChatTests", "HelloWorldChat.json");

        Assert.Equal("chatcmpl-D8dUjRkJNE7oAraZr6I7Jy8l3f2eU", completion.Id);
        Assert.Equal(ObjectKind.ChatCompletion, completion.Object);
        Assert.Equal(1770950813L, completion.Created);
        Assert.Equal(new System.DateTimeOffset(2026, 2, 13, 2, 46, 53, System.TimeSpan.Zero), completion.CreatedAt);
        Assert.Equal("gpt-4o-mini-2024-07-18", completion.Model);
        Assert.Equal(ServiceTier.Default, completion.ServiceTier);
        Assert.Equal("Sanitized", completion.SystemFingerprint);
        ChatChoice choice = SingleStop(completion);
        Assert.Equal("Hello! How can I assist you today?", choice.Message.Content);
        Assert.Null(choice.Logprobs);
        Assert.True(completion.TryGetText(out string? text), "Expected choice 0 to carry text.");
        Assert.Equal("Hello! How can I assist you today?", text);
        Assert.False(choice.Message.TryGetRefusal(out _), "Expected a null refusal not to count as a refusal.");
        Assert.False(choice.Message.TryGetToolCalls(out IReadOnlyList<ChatToolCall> calls));
        Assert.Empty(calls);
        AssertUsage(completion.Usage, 11, 9, 20);
        Assert.Null(completion.AdditionalProperties);
    }

    [Fact]
    public void MultiMessageChat_ParsesPirateAnswer()
    {
        ChatCompletion completion = Load("ChatTests", "MultiMessageChat.json");

        Assert.Equal("chatcmpl-D8dUlLZWQNQM3BnAZncmqfBZiRgBo", completion.Id);
        Assert.Equal(
            "Ahoy there, matey! I be happy t\u2019 help ye train yer feathered companion! What be the tricks or phrases ye be wantin\u2019 yer parrot t\u2019 learn? Let\u2019s set sail on this fine adventure! Arrr!",
            SingleStop(completion).Message.Content);
        AssertUsage(completion.Usage, 37, 50, 87);
    }

    [Fact]
    public void ChatServiceTierWorks_OmittedLogprobsAndReasoningTokens()
    {
        ChatCompletion completion = Load("ChatTests", "ChatServiceTierWorks.json");

        Assert.Equal("chatcmpl-D8dULu3HT91I7GsWpAiIMu8j9LXSS", completion.Id);
        Assert.Equal("o3-mini-2025-01-31", completion.Model);
        Assert.Equal(ServiceTier.Default, completion.ServiceTier);
        ChatChoice choice = SingleStop(completion);
        // o3-mini omits "logprobs" entirely (the schema requires it); absent must read as null, not fail.
        Assert.Null(choice.Logprobs);
        string content = choice.Message.Content!;
        Assert.StartsWith("A review of popular media from the 1970s and 1980s\u2014spanning ", content, System.StringComparison.Ordinal);
        Assert.EndsWith("cussion about the future of society and the human condition.", content, System.StringComparison.Ordinal);
        Assert.Equal(4121, content.Length);
        AssertUsage(completion.Usage, 34, 1330, 1364, reasoning: 512);
    }

    [Fact]
    public void ReasoningTokensWork_ReadsReasoningTokens()
    {
        ChatCompletion completion = Load("ChatTests", "ReasoningTokensWork.json");

        Assert.Equal("chatcmpl-D8dUvtOLRKeiFeDWpaZG2K6JNsxsq", completion.Id);
        Assert.Equal("o3-mini-2025-01-31", completion.Model);
        ChatChoice choice = SingleStop(completion);
        Assert.Null(choice.Logprobs);
        Assert.Equal(3609, choice.Message.Content!.Length);
        Assert.EndsWith("m the rich narrative experimentation of the 1970s and 1980s.", choice.Message.Content, System.StringComparison.Ordinal);
        AssertUsage(completion.Usage, 34, 863, 897, reasoning: 128);
    }

    [Fact]
    public void StructuredOutputsWork_ContentIsTheSchemaJson()
    {
        ChatCompletion completion = Load("ChatTests", "StructuredOutputsWork.json");

        Assert.Equal("chatcmpl-D8dV4ifvKdFi2kN5oeBkKM1JhjyCE", completion.Id);
        string content = SingleStop(completion).Message.Content!;
        using JsonDocument answer = JsonDocument.Parse(content);
        Assert.Equal(
            "A pound of feathers and sixteen ounces of steel weigh the same.",
            answer.RootElement.GetProperty("answer").GetString());
        Assert.Equal(5, answer.RootElement.GetProperty("steps").GetArrayLength());
        AssertUsage(completion.Usage, 75, 91, 166);
    }

    [Fact]
    public void TokenLogProbabilities_ReadsEveryTokenWithExactValues()
    {
        ChatCompletion completion = Load("ChatTests", "TokenLogProbabilities(True).json");

        Assert.Equal("chatcmpl-D8dTZ1GYlGtVjsOvuWfcmtsdwPzp1", completion.Id);
        ChatChoice choice = SingleStop(completion);
        ChatChoiceLogprobs logprobs = Assert.IsType<ChatChoiceLogprobs>(choice.Logprobs);
        Assert.Equal(844, logprobs.Content.Count);
        Assert.Empty(logprobs.Refusal); // "refusal": null on the wire

        ChatTokenLogprob first = logprobs.Content[0];
        Assert.Equal("The", first.Token);
        Assert.Equal(-0.31062254309654236, first.Logprob);
        Assert.Equal([84, 104, 101], first.Bytes);
        Assert.Equal(["The", "Choosing", "Pizza"], first.TopLogprobs.Select(t => t.Token));
        Assert.Equal(-1.6856225728988647, first.TopLogprobs[1].Logprob);
        Assert.Equal(-3.128163257315464e-07, logprobs.Content[2].Logprob);
        Assert.Equal(-15.75, logprobs.Content[2].TopLogprobs[1].Logprob);
        Assert.Equal("!", logprobs.Content[^1].Token);
        Assert.Equal(-0.31666508316993713, logprobs.Content[^1].Logprob);

        // The tokens spell the content exactly, one per completion token.
        Assert.Equal(choice.Message.Content, string.Concat(logprobs.Content.Select(t => t.Token)));
        AssertUsage(completion.Usage, 22, 844, 866);
    }

    [Fact]
    public void ConsecutiveToolCalls_ReadsBothCallsThenTheAnswer()
    {
        IReadOnlyList<RecordedEntry> entries = Recording.LoadEntries("openai-dotnet", "ChatToolTests", "ConsecutiveToolCalls.json");
        Assert.Equal(3, entries.Count);

        AssertSingleFunctionCall(Parse(entries[0]), "call_of5sMdoBhqEZbvnNjZ3DSi1U", "get_weather_for_city", "{\"city_name\":\"Osaka\"}");
        AssertSingleFunctionCall(Parse(entries[1]), "call_iXYZpXHbhm5MVvEB9HN36Ywq", "get_mood_for_weather", "{\"weather\":\"rainy\"}");

        ChatCompletion last = Parse(entries[2]);
        Assert.Equal("chatcmpl-CGSWoeWd78hhKAXyd18WDeeEUsrnD", last.Id);
        Assert.Equal("fp_560af6e559", last.SystemFingerprint);
        Assert.Equal("Given that the weather in Osaka is rainy, your mood might be described as bored.", SingleStop(last).Message.Content);
        AssertUsage(last.Usage, 185, 18, 203);
    }

    [Fact]
    public void NoParameterToolWorks_ReadsEmptyArguments()
    {
        IReadOnlyList<RecordedEntry> entries = Recording.LoadEntries("openai-dotnet", "ChatToolTests", "NoParameterToolWorks.json");
        Assert.Equal(2, entries.Count);

        ChatCompletion call = Parse(entries[0]);
        AssertSingleFunctionCall(call, "call_rQvZ9upGjXJlbI3FYZ43qGgu", "get_favorite_color", "{}");
        AssertUsage(call.Usage, 46, 12, 58);
        Assert.Equal("Your favorite color is green.", SingleStop(Parse(entries[1])).Message.Content);
    }

    [Fact]
    public void StructuredOutputsWithStrictSchema_ReadsTheToolCall()
    {
        ChatCompletion completion = Load("ChatToolTests", "StructuredOutputs(WithSchema,Strict).json");

        Assert.Equal("gpt-4o-2024-08-06", completion.Model);
        AssertSingleFunctionCall(
            completion, "call_tPIO7TpidfgKjBbQ1692UMl8", "get_favorite_color_for_day_of_week", "{\"the_day_of_the_week\":\"Tuesday\"}");
        AssertUsage(completion.Usage, 88, 24, 112);
    }

    private static void AssertSingleFunctionCall(ChatCompletion completion, string id, string name, string arguments)
    {
        ChatChoice choice = Assert.Single(completion.Choices);
        Assert.Equal(FinishReason.ToolCalls, choice.FinishReason);
        Assert.True(choice.IsStoppedForToolCalls, "Expected finish_reason tool_calls to read as IsStoppedForToolCalls.");
        Assert.Null(choice.Message.Content);
        Assert.False(choice.Message.TryGetText(out _), "Expected a null content not to count as text.");
        Assert.False(completion.TryGetText(out _));
        Assert.Empty(choice.Message.Annotations);
        Assert.True(choice.Message.TryGetToolCalls(out IReadOnlyList<ChatToolCall> calls), "Expected one tool call.");
        Assert.True(Assert.Single(calls).TryGetFunction(out ChatFunctionToolCall? call), "Expected a function tool call.");
        Assert.Equal(id, call.Id);
        Assert.Equal("function", call.Type);
        Assert.Equal(name, call.Function.Name);
        Assert.Equal(arguments, call.Function.Arguments);
    }
}
