using System.Collections.Generic;
using System.Text.Json;
using Oai.FineTuning;

namespace Oai.IntegrationTests.Contract;

/// <summary>Fine-tuning job requests as applications send them, one per training method, for the contract table.</summary>
public static class FineTuningContractRequests
{
    private const string StringCheckGrader = """
        {"type":"string_check","name":"exact answer","input":"{{sample.output_text}}","reference":"{{item.label}}","operation":"eq"}
        """;

    /// <summary>The older form: hyperparameters at the top level (deprecated in favour of <c>method</c>, still accepted).</summary>
    public static FineTuningJobRequest TopLevelHyperparameters() => new()
    {
        Model = "gpt-4o-mini-2024-07-18",
        TrainingFile = "file-abc123",
        Hyperparameters = new FineTuningHyperparameters
        {
            BatchSize = HyperparameterValue.Auto,
            LearningRateMultiplier = 0.5,
            NEpochs = 3,
        },
    };

    /// <summary>Supervised fine-tuning with every optional parameter: validation file, suffix, seed, metadata and a
    /// Weights and Biases integration.</summary>
    public static FineTuningJobRequest Supervised() => new()
    {
        Model = "gpt-4o-mini-2024-07-18",
        TrainingFile = "file-abc123",
        ValidationFile = "file-def456",
        Suffix = "support-bot",
        Seed = 42,
        Metadata = new Dictionary<string, string> { ["team"] = "support", ["run"] = "7" },
        Method = FineTuningMethod.CreateSupervised(new FineTuningHyperparameters
        {
            BatchSize = 8,
            LearningRateMultiplier = 1.8,
            NEpochs = HyperparameterValue.Auto,
        }),
        Integrations =
        [
            FineTuningIntegration.CreateWandb(new FineTuningWandbIntegration
            {
                Project = "support-bot",
                Name = "contract run",
                Entity = "acme",
                Tags = ["contract", "supervised"],
            }),
        ],
    };

    /// <summary>Direct preference optimisation with its <c>beta</c>.</summary>
    public static FineTuningJobRequest Dpo() => new()
    {
        Model = "gpt-4o-mini-2024-07-18",
        TrainingFile = "file-prefs123",
        Suffix = "prefs",
        Method = FineTuningMethod.CreateDpo(new FineTuningHyperparameters
        {
            Beta = 0.1,
            BatchSize = HyperparameterValue.Auto,
            NEpochs = 2,
        }),
    };

    /// <summary>Reinforcement fine-tuning of a reasoning model with a string-check grader and its own hyperparameters.</summary>
    public static FineTuningJobRequest Reinforcement()
    {
        using var grader = JsonDocument.Parse(StringCheckGrader);
        return new()
        {
            Model = "o4-mini-2025-04-16",
            TrainingFile = "file-rft123",
            ValidationFile = "file-rft456",
            Seed = 7,
            Method = FineTuningMethod.CreateReinforcement(grader.RootElement.Clone(), new FineTuningHyperparameters
            {
                ReasoningEffort = "low",
                ComputeMultiplier = 1.5,
                EvalInterval = 5,
                EvalSamples = HyperparameterValue.Auto,
                NEpochs = 1,
            }),
        };
    }
}
