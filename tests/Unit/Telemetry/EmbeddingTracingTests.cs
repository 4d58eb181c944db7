using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Oai.Embeddings;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>embeddings spans and metrics through the real OpenTelemetry SDK; inputs are never captured.</summary>
[Collection("Telemetry")]
public sealed class EmbeddingTracingTests
{
    private static async Task<TelemetryCapture> Call(string recording, Func<string, EmbeddingRequest> request, string prefix)
    {
        var otel = new TelemetryCapture(model: prefix + Guid.NewGuid().ToString("N"));
        var entry = Recording.LoadEntries("openai-dotnet", "EmbeddingsTests", recording).Single();
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json(entry.BodyJson, (HttpStatusCode)entry.StatusCode));
        using var client = TestClients.Create(mock, options =>
        {
            options.MaxRetries = 0;
            options.ContentCapture = ContentCaptureMode.SpanAndEvent;
        });
        try
        {
            await client.Embeddings.CreateAsync(request(otel.Model));
        }
        catch (OaiApiException)
        {
            // Asserted through the span.
        }

        return otel;
    }

    private static Dictionary<string, object?> Expected(string model, int dimensions) => new()
    {
        ["gen_ai.operation.name"] = "embeddings",
        ["gen_ai.provider.name"] = "openai",
        ["gen_ai.request.model"] = model,
        ["server.address"] = "api.test.local",
        ["server.port"] = 443,
        ["gen_ai.request.encoding_formats"] = new[] { "base64" },
        ["gen_ai.embeddings.dimension.count"] = dimensions,
        ["gen_ai.response.model"] = "text-embedding-3-small",
        ["gen_ai.usage.input_tokens"] = 12L,
    };

    [Fact]
    public async Task An_embeddings_call_reports_format_dimensions_usage_and_model()
    {
        using var otel = await Call(
            "GenerateMultipleEmbeddings(UsingStrings).json",
            model => new EmbeddingRequest { Model = model, Input = new[] { "Hello, world!", "This is a test.", "Goodbye!" }, Dimensions = 456 },
            "emb-dims-");

        var span = Assert.Single(otel.Spans());
        Assert.Equal($"embeddings {otel.Model}", span.DisplayName);
        TelemetryCapture.AssertTags(Expected(otel.Model, 456), span);
        Assert.Empty(span.Events);

        var duration = Assert.Single(otel.Points("gen_ai.client.operation.duration"));
        Assert.Equal("embeddings", TelemetryCapture.Tags(duration)["gen_ai.operation.name"]);
        Assert.Equal("text-embedding-3-small", TelemetryCapture.Tags(duration)["gen_ai.response.model"]);
        var tokens = Assert.Single(otel.Points("gen_ai.client.token.usage"));
        Assert.Equal("input", TelemetryCapture.Tags(tokens)["gen_ai.token.type"]);
        Assert.Equal(12, tokens.GetHistogramSum());
    }

    [Fact]
    public async Task Without_requested_dimensions_the_count_is_the_returned_vector_length()
    {
        using var otel = await Call(
            "GenerateSingleEmbedding.json",
            model => new EmbeddingRequest { Model = model, Input = "Hello, world!" },
            "emb-nodims-");

        var span = Assert.Single(otel.Spans());
        var expected = Expected(otel.Model, 1536);
        expected["gen_ai.usage.input_tokens"] = 4L;
        TelemetryCapture.AssertTags(expected, span);
    }

    [Fact]
    public async Task A_rejected_call_has_the_status_as_error_type()
    {
        using var otel = await Call(
            "BadOptions.json",
            model => new EmbeddingRequest { Model = model, Input = "foo", Dimensions = -42, EncodingFormat = EmbeddingEncodingFormat.Float },
            "emb-bad-");

        var span = Assert.Single(otel.Spans());
        Assert.Equal("400", span.GetTagItem("error.type"));
        Assert.Equal(new[] { "float" }, (string[])span.GetTagItem("gen_ai.request.encoding_formats")!);
        Assert.Equal(-42, span.GetTagItem("gen_ai.embeddings.dimension.count"));
        Assert.Equal("400", TelemetryCapture.Tags(Assert.Single(otel.Points("gen_ai.client.operation.duration")))["error.type"]);
    }
}
