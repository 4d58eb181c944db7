using System.Collections.Generic;
using Oai.Completions;

namespace Oai.IntegrationTests.Contract;

/// <summary>Legacy completion requests as applications send them, optional parameters included, for the contract table.</summary>
public static class CompletionContractRequests
{
    /// <summary>The smallest valid request: a model and a string prompt.</summary>
    public static CompletionRequest Minimal() => new()
    {
        Model = "gpt-3.5-turbo-instruct",
        Prompt = "Say this is a test",
    };

    /// <summary>An insertion (prompt and suffix) with every sampling, output and attribution option set.</summary>
    public static CompletionRequest Full() => new()
    {
        Model = "gpt-3.5-turbo-instruct",
        Prompt = "def add(a, b):\n    \"\"\"Adds two numbers.\"\"\"\n",
        Suffix = "\n\nprint(add(2, 3))",
        MaxTokens = 64,
        Temperature = 0.2,
        TopP = 0.9,
        N = 2,
        BestOf = 3,
        Stop = ["\n\n", "def "],
        Echo = true,
        Logprobs = 3,
        LogitBias = new Dictionary<string, int> { ["50256"] = -100, ["198"] = 5 },
        FrequencyPenalty = 0.5,
        PresencePenalty = -0.5,
        Seed = 42,
        User = "user-7f3a",
    };

    /// <summary>Two prompts in one request, as an array of strings.</summary>
    public static CompletionRequest Strings() => new()
    {
        Model = "gpt-3.5-turbo-instruct",
        Prompt = CompletionPrompt.FromStringArray(["Once upon a time", "The capital of France is"]),
        MaxTokens = 8,
        N = 1,
        Stop = ["."],
    };

    /// <summary>A prompt already tokenised (cl100k ids for "Say this is a test").</summary>
    public static CompletionRequest Tokens() => new()
    {
        Model = "gpt-3.5-turbo-instruct",
        Prompt = CompletionPrompt.FromTokens([46864, 420, 374, 264, 1296]),
        MaxTokens = 8,
        Logprobs = 0,
    };

    /// <summary>Two tokenised prompts, as an array of token arrays.</summary>
    public static CompletionRequest TokenArrays() => new()
    {
        Model = "davinci-002",
        Prompt = CompletionPrompt.FromTokenArrays([[46864, 420, 374, 264, 1296], [791, 6864, 315, 9822, 374]]),
        MaxTokens = 8,
        Temperature = 0,
    };

    /// <summary>A streamed request with the options a stream allows (no <c>best_of</c>; the client adds <c>stream</c>
    /// and <c>stream_options</c>).</summary>
    public static CompletionRequest Stream() => Full() with { N = 1, BestOf = null, Echo = false };
}
