using System;
using System.Threading.Tasks;
using Oai.Completions;

namespace Oai.IntegrationTests.Live;

/// <summary>Legacy Completions against api.openai.com with gpt-3.5-turbo-instruct: two calls of about twenty tokens each.</summary>
public sealed class LiveCompletionsTests
{
    private static CompletionRequest SayThisIsATest() => new()
    {
        Model = "gpt-3.5-turbo-instruct",
        Prompt = "Say this is a test.",
        MaxTokens = 10,
        Temperature = 0,
    };

    [LiveFact]
    public async Task A_completion_answers_with_text_usage_and_its_model()
    {
        using var client = LiveClient.Create();
        var completion = await client.Completions.CreateAsync(SayThisIsATest());

        Assert.StartsWith("cmpl-", completion.Id, StringComparison.Ordinal);
        Assert.Equal(ObjectKind.TextCompletion, completion.Object);
        Assert.StartsWith("gpt-3.5-turbo-instruct", completion.Model, StringComparison.Ordinal);
        var choice = Assert.Single(completion.Choices);
        Assert.Contains("test", choice.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(choice.FinishReason);
        Assert.True(completion.Usage?.TotalTokens > 0, "expected the service to report token usage");
    }

    [LiveFact]
    public async Task A_streamed_completion_arrives_in_pieces_and_ends_with_the_usage_chunk()
    {
        using var client = LiveClient.Create();
        var accumulator = new CompletionAccumulator();
        var stream = client.Completions.CreateStreamAsync(SayThisIsATest());
        var chunks = 0;
        var usageChunks = 0;
        await foreach (var chunk in stream)
        {
            accumulator.Append(chunk);
            chunks++;
            usageChunks += chunk.IsUsageOnly ? 1 : 0;
        }

        var completion = accumulator.Build();
        Assert.True(chunks > 2, $"expected the text to arrive over several chunks, got {chunks}");
        Assert.Equal(1, usageChunks);
        Assert.NotNull(stream.RequestId);
        Assert.StartsWith("cmpl-", completion.Id, StringComparison.Ordinal);
        Assert.Contains("test", accumulator.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(Assert.Single(completion.Choices).FinishReason);
        Assert.True(completion.Usage?.TotalTokens > 0, "expected the usage chunk the client asks for (stream_options.include_usage)");
    }
}
