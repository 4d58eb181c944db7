using Oai.Pipeline;

namespace Oai.FineTuning;

/// <summary>The Fine-tuning endpoint group: <c>client.FineTuning.Jobs</c>.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.FineTuning"/>.</remarks>
public class FineTuningClient
{
    internal FineTuningClient(OaiPipeline pipeline)
    {
        Jobs = new FineTuningJobsClient(pipeline);
    }

    /// <summary>Initializes an empty group, for test doubles that override the members.</summary>
    protected FineTuningClient()
    {
        Jobs = null!;
    }

    /// <summary>Gets the fine-tuning job operations.</summary>
    public virtual FineTuningJobsClient Jobs { get; }
}
