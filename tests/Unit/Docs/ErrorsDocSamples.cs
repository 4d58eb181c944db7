using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Chat;
using Oai.UnitTests.Hardening;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/errors.md, compiled and run here against a server that goes silent mid-stream.</summary>
public sealed class ErrorsDocSamples
{
    [Fact]
    public async Task Idle_timeout()
    {
        var time = new FakeTimeProvider();
        var body = new StallingStream(Encoding.UTF8.GetBytes("data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"));
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

        // docs:begin idle-timeout
        var options = new OaiClientOptions
        {
            Timeout = TimeSpan.FromMinutes(10),            // until the response headers arrive, retries included
            StreamIdleTimeout = TimeSpan.FromSeconds(90),  // then, each wait for more of a stream or a download
        };
        // docs:end
        options.ApiKey = TestClients.ApiKey;
        options.Transport = mock;
        options.TimeProvider = time;
        using var client = new OaiClient(options);
        var request = new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Say hello")] };
        var printed = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            // docs:begin idle-timeout-catch
            try
            {
                await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(request))
                {
                    if (chunk.TryGetText(out var text))
                    {
                        printed.Append(text);
                    }
                }
            }
            catch (OaiTimeoutException ex)
            {
                // The server went silent for 90 s: the connection is closed, the span ended with error.type
                // Oai.OaiTimeoutException; what arrived before is still valid.
                printed.Append($" [{ex.Message}]");
            }
            // docs:end
        });

        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(90));
        await reading.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("Hel [The stream from POST /v1/chat/completions received no data for 00:01:30", printed.ToString(), StringComparison.Ordinal);
    }
}
