using System;
using System.Text;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/completions.md, compiled and run against MockHttp so the guide cannot rot.</summary>
public sealed class CompletionsDocSamples
{
    // docs/completions.md: "Create a completion"
    // docs:begin completions-1
    public static async Task<string> CreateAsync(OaiClient client)
    {
        var request = new CompletionRequest
        {
            Model = "gpt-3.5-turbo-instruct",
            Prompt = "Say this is a test",
            MaxTokens = 16,
            Temperature = 0,
        };

        Completion completion = await client.Completions.CreateAsync(request);
        if (completion.TryGetText(out var text) && completion.Choices[0].IsStoppedForLength)
        {
            text += " [cut off at max_tokens]";
        }

        return text ?? string.Empty;
    }
    // docs:end

    // docs/completions.md: "Stream a completion"
    // docs:begin completions-3
    public static async Task<Completion> StreamAsync(OaiClient client, StringBuilder console)
    {
        var request = new CompletionRequest { Model = "gpt-3.5-turbo-instruct", Prompt = "Say hello", N = 2 };

        var accumulator = new CompletionAccumulator();
        await foreach (Completion chunk in client.Completions.CreateStreamAsync(request))
        {
            accumulator.Append(chunk);
            if (chunk.TryGetText(out var piece))
            {
                console.Append(piece);
            }

            if (chunk.IsUsageOnly)
            {
                console.Append($" ({chunk.Usage!.TotalTokens} tokens)");
            }
        }

        return accumulator.Build(); // every choice, text joined, finish reasons, usage
    }
    // docs:end

    // docs/completions.md: "Prompt shapes"
    // docs:begin completions-2
    public static CompletionPrompt[] PromptShapes() =>
    [
        "One prompt",                                           // "prompt": "One prompt"
        new[] { "First prompt", "Second prompt" },              // "prompt": ["First prompt", "Second prompt"]
        CompletionPrompt.FromTokens([1212, 318, 257, 1332]),     // "prompt": [1212, 318, 257, 1332]
        CompletionPrompt.FromTokenArrays([[1212, 318], [257]]), // "prompt": [[1212, 318], [257]]
    ];
    // docs:end

    [Fact]
    public async Task Create_sample_returns_the_text()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", Completions.CompletionsClientTests.CompletionJson);
        using var client = TestClients.Create(mock);

        Assert.Equal("\n\nThis is indeed a test [cut off at max_tokens]", await CreateAsync(client));
    }

    [Fact]
    public async Task Stream_sample_prints_and_folds()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Sse(Fixtures.Read("legacy-completion-stream.sse")));
        using var client = TestClients.Create(mock);
        var console = new StringBuilder();

        var completion = await StreamAsync(client, console);

        Assert.Equal("Hello world! (10 tokens)", console.ToString());
        Assert.Equal("Hi there", completion.Choices[1].Text);
    }

    [Fact]
    public void Prompt_shapes_are_the_four_wire_shapes()
    {
        var shapes = PromptShapes();

        Assert.Equal("One prompt", shapes[0].Text);
        Assert.Equal(2, shapes[1].Texts!.Count);
        Assert.Equal(4, shapes[2].Tokens!.Count);
        Assert.Equal(2, shapes[3].TokenArrays!.Count);
    }
}
