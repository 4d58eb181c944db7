using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Oai.Moderations;
using Oai.UnitTests.Pipeline;
using OpenTelemetry;
using OpenTelemetry.Trace;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>Spans of Models and Moderations calls through the real OpenTelemetry SDK: custom operation names, the
/// models asked for and answered, and no moderation content even when content capture is on.</summary>
[Collection("Telemetry")]
public sealed class ModelsAndModerationsSpanTests
{
    private readonly TracedCalls _traced = new();

    private RequestOptions Options() => _traced.Options();

    private Task<List<Activity>> TraceAsync(Func<Task> calls) => _traced.TraceAsync(calls);

    private static Dictionary<string, object?> Tags(Activity activity) => TracedCalls.Tags(activity);

    private static Dictionary<string, object?> Common(string operation) => TracedCalls.Common(operation);

    [Fact]
    public async Task Models_retrieve_names_the_model_asked_for_and_answered()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json("""{"id":"gpt-4o-mini-2024-07-18","object":"model","created":1,"owned_by":"system"}"""));
        using var client = TestClients.Create(mock);

        var spans = await TraceAsync(() => client.Models.RetrieveAsync("gpt-4o-mini", Options()));

        var span = Assert.Single(spans);
        Assert.Equal("models.retrieve gpt-4o-mini", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        var expected = Common("models.retrieve");
        expected["gen_ai.request.model"] = "gpt-4o-mini";
        expected["gen_ai.response.model"] = "gpt-4o-mini-2024-07-18";
        Assert.Equal(expected, Tags(span));
    }

    [Fact]
    public async Task Models_list_and_delete_have_their_own_operation_names()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(System.Net.Http.HttpMethod.Get, "*").Respond(_ => Recorder.Json("""{"object":"list","data":[{"id":"a","object":"model","created":1,"owned_by":"o"}]}"""));
        mock.When(System.Net.Http.HttpMethod.Delete, "*").Respond(_ => Recorder.Json("""{"id":"ft:a","object":"model","deleted":true}"""));
        using var client = TestClients.Create(mock);

        var spans = await TraceAsync(async () =>
        {
            await client.Models.ListAsync(Options()).ToListAsync();
            await client.Models.DeleteAsync("ft:a", Options());
        });

        Assert.Equal(["models.list", "models.delete ft:a"], spans.Select(s => s.DisplayName));
        Assert.Equal(Common("models.list"), Tags(spans[0]));
        var delete = Common("models.delete");
        delete["gen_ai.request.model"] = "ft:a";
        Assert.Equal(delete, Tags(spans[1]));
    }

    [Fact]
    public async Task Moderations_record_request_and_response_model_and_id_but_never_content()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json("""
            {"id":"modr-1","model":"omni-moderation-2024-09-26","results":[{"flagged":true,"categories":{"violence":true},"category_scores":{"violence":0.9}}]}
            """));
        using var client = TestClients.Create(mock, o => o.ContentCapture = ContentCaptureMode.SpanAttributes);

        var spans = await TraceAsync(() => client.Moderations.CreateAsync(
            new ModerationRequest { Input = "a secret sentence", Model = "omni-moderation-latest" }, Options()));

        var span = Assert.Single(spans);
        Assert.Equal("moderations omni-moderation-latest", span.DisplayName);
        var expected = Common("moderations");
        expected["gen_ai.request.model"] = "omni-moderation-latest";
        expected["gen_ai.response.model"] = "omni-moderation-2024-09-26";
        expected["gen_ai.response.id"] = "modr-1";
        Assert.Equal(expected, Tags(span));
        Assert.Empty(span.Events);
    }
}
