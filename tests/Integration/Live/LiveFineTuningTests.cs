using System;
using System.Threading.Tasks;

namespace Oai.IntegrationTests.Live;

/// <summary>Fine-tuning jobs against api.openai.com, read-only: listing and reading cost nothing.</summary>
/// <remarks>No job is created, cancelled, paused or resumed here: creating one trains a model, which is billed
/// (dollars, not fractions of a cent) and takes minutes to hours. Those requests are checked against the schema by
/// the Steady contract tests instead.</remarks>
public sealed class LiveFineTuningTests
{
    [LiveFact]
    public async Task The_first_page_of_jobs_lists_and_the_newest_job_retrieves_with_its_events()
    {
        using var client = LiveClient.Create();
        var jobs = await Listings.FirstPageAsync(client.FineTuning.Jobs.ListAsync(limit: 5));

        Assert.Equal(ObjectKind.List, jobs.Object);
        Assert.InRange(jobs.Data.Count, 0, 5);
        if (jobs.Data is not [var newest, ..])
        {
            // An account that never fine-tuned has nothing more to read.
            return;
        }

        Assert.All(jobs.Data, job => Assert.StartsWith("ftjob-", job.Id, StringComparison.Ordinal));

        var job = await client.FineTuning.Jobs.RetrieveAsync(newest.Id);
        Assert.Equal(newest.Id, job.Id);
        Assert.Equal(ObjectKind.FineTuningJob, job.Object);
        Assert.False(string.IsNullOrEmpty(job.Status.Value), "expected the job to carry its status");
        Assert.False(string.IsNullOrEmpty(job.Model), "expected the job to name its base model");

        // Every job logs at least its creation.
        var events = await Listings.FirstPageAsync(client.FineTuning.Jobs.ListEventsAsync(job.Id, limit: 10));
        Assert.Equal(ObjectKind.List, events.Object);
        Assert.NotEmpty(events.Data);
        Assert.All(events.Data, item =>
        {
            Assert.StartsWith("ftevent-", item.Id, StringComparison.Ordinal);
            Assert.Equal(ObjectKind.FineTuningJobEvent, item.Object);
            Assert.False(string.IsNullOrEmpty(item.Message), "expected each event to carry a message");
        });
    }
}
