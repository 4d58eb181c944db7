using System.Threading.Tasks;
using Oai.Chat;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>A stream's span and its folded completion read the stream-wide fields by one rule: the first non-empty
/// value wins.</summary>
[Collection("Telemetry")]
public sealed class StreamFoldRuleTests
{
    [Fact]
    public async Task The_span_and_the_accumulator_agree_when_chunks_disagree()
    {
        using var capture = new TelemetryCapture();
        const string First = """{"id":"c-first","object":"chat.completion.chunk","created":1,"model":"m-first","system_fingerprint":"fp-first","service_tier":"default","choices":[{"index":0,"delta":{"content":"Hi"}}]}""";
        const string Later = """{"id":"c-later","object":"chat.completion.chunk","created":2,"model":"m-later","system_fingerprint":"fp-later","service_tier":"flex","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""";
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("text/event-stream", $"data: {First}\n\ndata: {Later}\n\ndata: [DONE]\n\n");
        using var client = TestClients.Create(mock);
        var accumulator = new ChatCompletionAccumulator();

        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello("fold-rule")))
        {
            accumulator.Append(chunk);
        }

        var folded = accumulator.Build();
        var span = capture.Span("fold-rule");
        Assert.Equal(("c-first", "m-first", "fp-first", "default"), (folded.Id, folded.Model, folded.SystemFingerprint, folded.ServiceTier?.Value));
        Assert.Equal(folded.Id, span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(folded.Model, span.GetTagItem("gen_ai.response.model"));
        Assert.Equal(folded.SystemFingerprint, span.GetTagItem("openai.response.system_fingerprint"));
        Assert.Equal("default", span.GetTagItem("openai.response.service_tier"));
    }
}
