using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

public sealed class TimeoutAndCancellationTests
{
    [Fact]
    public async Task Headers_that_never_come_hit_the_total_timeout()
    {
        using var mock = new MockHttpMessageHandler();
        using var hanging = new HangingHandler();
        mock.When("*").Respond(hanging);
        using var client = TestClients.Create(mock, options => options.Timeout = TimeSpan.FromMilliseconds(200));

        var ex = await Assert.ThrowsAsync<OaiTimeoutException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("The call to POST /v1/chat/completions did not complete within the client's timeout of 00:00:00.2000000.", ex.Message);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public async Task The_total_timeout_covers_retries()
    {
        var attempts = 0;
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            Interlocked.Increment(ref attempts);
            var response = Recorder.Json("{}", System.Net.HttpStatusCode.ServiceUnavailable);
            response.Headers.Add("retry-after-ms", "10000");
            return response;
        });
        using var client = TestClients.Create(mock, options => options.Timeout = TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<OaiTimeoutException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task The_callers_cancellation_is_an_operation_canceled_exception()
    {
        using var mock = new MockHttpMessageHandler();
        using var hanging = new HangingHandler();
        mock.When("*").Respond(hanging);
        using var client = TestClients.Create(mock);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello(), cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Cancelling_before_send_sends_nothing()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello(), cancellationToken: cts.Token));

        Assert.Empty(recorder.Requests);
    }
}
