using System.Collections.Generic;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Legacy completions on the emulator, whole and streamed.</summary>
public sealed class EmulatorCompletionsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_completion_echoes_the_prompt_and_a_scripted_text_streams_with_usage(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        var whole = await client.Completions.CreateAsync(new CompletionRequest { Model = "gpt-3.5-turbo-instruct", Prompt = "Say this" });
        Assert.Equal("You said: Say this", whole.Choices[0].Text);
        Assert.Equal(FinishReason.Stop, whole.Choices[0].FinishReason);
        Assert.StartsWith("cmpl-", whole.Id);
        Assert.Equal(2, whole.Usage!.PromptTokens);

        emulator.Enqueue(EmulatorReply.Text("alpha beta") with { Path = "/v1/completions" });
        var pieces = new List<string>();
        var accumulator = new CompletionAccumulator();
        await foreach (var chunk in client.Completions.CreateStreamAsync(new CompletionRequest { Model = "gpt-3.5-turbo-instruct", Prompt = "Go" }))
        {
            accumulator.Append(chunk);
            if (chunk.Choices.Count > 0)
            {
                pieces.Add(chunk.Choices[0].Text);
            }
        }

        Assert.Equal(["alpha", " beta", string.Empty], pieces);
        var folded = accumulator.Build();
        Assert.Equal("alpha beta", folded.Choices[0].Text);
        Assert.Equal(3, folded.Usage!.CompletionTokens);
        Assert.Equal(0, emulator.PendingReplies);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Max_tokens_cuts_the_text_and_finishes_for_length(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("a long answer that goes on"));

        var completion = await client.Completions.CreateAsync(new CompletionRequest { Model = "davinci-002", Prompt = "x", MaxTokens = 2 });

        Assert.Equal("a long a", completion.Choices[0].Text);
        Assert.True(completion.Choices[0].IsStoppedForLength);
    }
}
