using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Oai.UnitTests.FineTuning;
using Oai.UnitTests.Pipeline;
using OpenTelemetry;
using OpenTelemetry.Trace;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>A helper that makes many calls runs under one parent span: the fine-tuning wait is one trace whose polls
/// are its children, and its failure or cancellation ends that span with the call's <c>error.type</c>.</summary>
[Collection("Telemetry")]
public sealed class HelperSpanTests
{
    private readonly string _jobId = "ftjob-" + Guid.NewGuid().ToString("N");

    /// <summary>Runs the wait with an SDK listening; returns the wait span and every span of its trace but itself.</summary>
    private async Task<(Activity Wait, List<Activity> Children, Exception? Error)> TraceAsync(
        MockHttpMessageHandler mock, CancellationToken cancellationToken = default)
    {
        var exported = new List<Activity>();
        Exception? error = null;
        using (var provider = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(exported).Build())
        {
            using var client = TestClients.Create(mock, options => options.MaxRetries = 0);
            try
            {
                await client.FineTuning.Jobs.WaitForCompletionAsync(_jobId, TimeSpan.Zero, _ => ValueTask.CompletedTask, cancellationToken);
            }
            catch (Exception ex)
            {
                error = ex;
            }

            provider.ForceFlush();
        }

        var wait = Assert.Single(exported, a => a.OperationName == "fine_tuning.jobs.wait" && Equals(a.GetTagItem("openai.fine_tuning.job.id"), _jobId));
        var children = exported.Where(a => a.TraceId == wait.TraceId && a != wait).ToList();
        return (wait, children, error);
    }

    private MockHttpMessageHandler Statuses(params string[] statuses)
    {
        var polls = 0;
        var mock = new MockHttpMessageHandler();
        mock.When(TestClients.BaseUrl + $"fine_tuning/jobs/{_jobId}/events*").Respond(_ => Recorder.Json(FineTuningJson.Events(false)));
        mock.When(TestClients.BaseUrl + $"fine_tuning/jobs/{_jobId}").Respond(_ =>
        {
            var status = statuses[Math.Min(polls++, statuses.Length - 1)];
            return status == "500"
                ? Recorder.Json("""{"error":{"message":"boom","type":"server_error","code":null,"param":null}}""", HttpStatusCode.InternalServerError)
                : Recorder.Json(FineTuningJson.Job(status, status == "succeeded" ? "ft:gpt-4o-mini:org::abc" : null, trainedTokens: status == "succeeded" ? 5120 : null));
        });
        return mock;
    }

    [Fact]
    public async Task A_wait_is_one_trace_whose_polls_are_children_of_its_span()
    {
        using var mock = Statuses("queued", "running", "succeeded");

        var (wait, children, error) = await TraceAsync(mock);

        Assert.Null(error);
        Assert.Equal("fine_tuning.jobs.wait", wait.DisplayName);
        Assert.Equal(ActivityKind.Internal, wait.Kind);
        Assert.Equal(default, wait.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Unset, wait.Status);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["gen_ai.operation.name"] = "fine_tuning.jobs.wait",
                ["gen_ai.provider.name"] = "openai",
                ["server.address"] = "api.test.local",
                ["server.port"] = 443,
                ["openai.fine_tuning.job.id"] = _jobId,
                ["gen_ai.request.model"] = "gpt-4o-mini-2024-07-18",
                ["openai.fine_tuning.job.status"] = "succeeded",
                ["openai.fine_tuning.trained_tokens"] = 5120L,
            },
            TelemetryCapture.Tags(wait));

        // Three polls, each a retrieve and one page of events, all direct children of the wait.
        Assert.Equal(
            ["fine_tuning.jobs.retrieve", "fine_tuning.jobs.list_events", "fine_tuning.jobs.retrieve", "fine_tuning.jobs.list_events", "fine_tuning.jobs.retrieve", "fine_tuning.jobs.list_events"],
            children.OrderBy(c => c.StartTimeUtc).Select(c => c.DisplayName.Split(' ')[0]));
        Assert.All(children, c => Assert.Equal(wait.SpanId, c.ParentSpanId));
        Assert.All(children, c => Assert.Equal(ActivityKind.Client, c.Kind));
        Assert.All(children, c => Assert.InRange(c.StartTimeUtc, wait.StartTimeUtc, wait.StartTimeUtc + wait.Duration));
    }

    [Fact]
    public async Task A_failed_poll_ends_the_wait_with_the_calls_error_type()
    {
        using var mock = Statuses("running", "500");

        var (wait, children, error) = await TraceAsync(mock);

        Assert.IsType<OaiApiException>(error);
        Assert.Equal(ActivityStatusCode.Error, wait.Status);
        Assert.Equal("HTTP 500 server_error", wait.StatusDescription);
        Assert.Equal("500", wait.GetTagItem("error.type"));
        Assert.Equal("running", wait.GetTagItem("openai.fine_tuning.job.status"));
        var exception = Assert.Single(wait.Events);
        Assert.Equal("exception", exception.Name);
        Assert.Equal("Oai.OaiApiException", exception.Tags.Single(t => t.Key == "exception.type").Value);

        var failed = Assert.Single(children, c => c.Status == ActivityStatusCode.Error);
        Assert.Equal("500", failed.GetTagItem("error.type"));
        Assert.Equal(wait.SpanId, failed.ParentSpanId);
        Assert.Equal(3, children.Count);
    }

    [Fact]
    public async Task Cancelling_a_wait_ends_its_span_as_cancelled()
    {
        using var cts = new CancellationTokenSource();
        var polls = 0;
        using var mock = new MockHttpMessageHandler();
        mock.When(TestClients.BaseUrl + $"fine_tuning/jobs/{_jobId}/events*").Respond(_ => Recorder.Json(FineTuningJson.Events(false)));
        mock.When(TestClients.BaseUrl + $"fine_tuning/jobs/{_jobId}").Respond(_ =>
        {
            if (++polls == 2)
            {
                cts.Cancel();
            }

            return Recorder.Json(FineTuningJson.Job("running"));
        });

        var (wait, children, error) = await TraceAsync(mock, cts.Token);

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal("cancelled", wait.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, wait.Status);
        Assert.All(children, c => Assert.Equal(wait.SpanId, c.ParentSpanId));
    }
}
