using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Threading.Tasks;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>A listener on the chunk histograms alone (no span, no duration or token metric) still gets them.</summary>
[Collection("Telemetry")]
public sealed class ChunkMetricOnlyTests
{
    [Theory]
    [InlineData("gen_ai.client.operation.time_to_first_chunk", 1)]
    [InlineData("gen_ai.client.operation.time_per_output_chunk", 1)]
    public async Task A_listener_on_one_chunk_histogram_alone_records_it(string instrument, int expected)
    {
        var values = new ConcurrentBag<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (published, l) =>
        {
            if (published.Meter.Name == "Oai.Client" && published.Name == instrument)
            {
                l.EnableMeasurementEvents(published);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => values.Add(value));
        listener.Start();
        using var mock = new MockHttpMessageHandler();
        const string Chunk = """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"}}]}""";
        mock.When("*").Respond("text/event-stream", $"data: {Chunk}\n\ndata: {Chunk}\n\ndata: [DONE]\n\n");
        using var client = TestClients.Create(mock);

        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello("chunk-metric-only")))
        {
            Assert.Equal("Hi", chunk.Choices[0].Delta.Content);
        }

        Assert.True(values.Count == expected, $"{instrument} alone should get {expected} value for a two-chunk stream, got {values.Count}");
    }
}
