using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Oai.FineTuning;

namespace Oai.IntegrationTests.Contract;

/// <summary>The fine-tuning jobs entries of the contract table.</summary>
/// <remarks><c>WaitForCompletionAsync</c> has no entry: it is a polling loop over retrieve and list events (both
/// here), and Steady's random status would make its number of requests random.</remarks>
public static partial class ContractCases
{
    private const string JobId = "ftjob-abc123";

    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> FineTuningCases() => new(StringComparer.Ordinal)
    {
        ["fine_tuning.jobs.create top-level hyperparameters"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.CreateAsync(FineTuningContractRequests.TopLevelHyperparameters(), options)),
        ["fine_tuning.jobs.create supervised, every optional parameter"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.CreateAsync(FineTuningContractRequests.Supervised(), options)),
        ["fine_tuning.jobs.create dpo"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.CreateAsync(FineTuningContractRequests.Dpo(), options)),
        ["fine_tuning.jobs.create reinforcement"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.CreateAsync(FineTuningContractRequests.Reinforcement(), options)),
        ["fine_tuning.jobs.list metadata filter, first page"] = async (client, options) =>
        {
            var metadata = new Dictionary<string, string> { ["team"] = "support", ["run"] = "7" };
            AssertPage(await Listings.FirstPageAsync(client.FineTuning.Jobs.ListAsync(after: "ftjob-abc122", limit: 10, metadata, options)), AssertJob);
        },
        ["fine_tuning.jobs.retrieve"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.RetrieveAsync(JobId, options)),
        ["fine_tuning.jobs.cancel"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.CancelAsync(JobId, options)),
        ["fine_tuning.jobs.pause"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.PauseAsync(JobId, options)),
        ["fine_tuning.jobs.resume"] = async (client, options) =>
            AssertJob(await client.FineTuning.Jobs.ResumeAsync(JobId, options)),
        ["fine_tuning.jobs.list_events first page"] = async (client, options) =>
            AssertPage(await Listings.FirstPageAsync(client.FineTuning.Jobs.ListEventsAsync(JobId, limit: 50, after: "ftevent-abc122", options)), AssertEvent),
        ["fine_tuning.jobs.list_checkpoints first page"] = async (client, options) =>
            AssertPage(await Listings.FirstPageAsync(client.FineTuning.Jobs.ListCheckpointsAsync(JobId, limit: 10, after: "ftckpt-abc122", options)), AssertCheckpoint),
    };

    private static void AssertJob(FineTuningJob job)
    {
        Assert.False(string.IsNullOrEmpty(job.Id), "expected the generated job to carry an id");
        Assert.Equal(ObjectKind.FineTuningJob, job.Object);
        Assert.False(string.IsNullOrEmpty(job.Model), "expected the generated job to name its model");
        Assert.False(string.IsNullOrEmpty(job.Status.Value), "expected the generated job to carry a status");
    }

    private static void AssertEvent(FineTuningJobEvent item)
    {
        Assert.False(string.IsNullOrEmpty(item.Id), "expected each generated event to carry an id");
        Assert.Equal(ObjectKind.FineTuningJobEvent, item.Object);
        Assert.False(string.IsNullOrEmpty(item.Level.Value), "expected each generated event to carry a level");
    }

    private static void AssertCheckpoint(FineTuningJobCheckpoint item)
    {
        Assert.False(string.IsNullOrEmpty(item.Id), "expected each generated checkpoint to carry an id");
        Assert.Equal(ObjectKind.FineTuningJobCheckpoint, item.Object);
        Assert.False(string.IsNullOrEmpty(item.FineTuningJobId), "expected each generated checkpoint to name its job");
    }
}
