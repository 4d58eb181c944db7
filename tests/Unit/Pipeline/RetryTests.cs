using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

public sealed class RetryTests
{
    private static HttpResponseMessage Status(HttpStatusCode status, string? shouldRetry = null, string? retryAfterMs = null)
    {
        var response = Recorder.Json("""{"error":{"message":"busy","type":"server_error","param":null,"code":null}}""", status);
        response.Headers.Add("x-request-id", "req_" + (int)status);
        if (shouldRetry is not null)
        {
            response.Headers.Add("x-should-retry", shouldRetry);
        }

        if (retryAfterMs is not null)
        {
            response.Headers.Add("retry-after-ms", retryAfterMs);
        }

        return response;
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Retries_a_retryable_status_then_succeeds_with_the_same_body(HttpStatusCode status)
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), attempt => attempt == 1 ? Status(status) : Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock);

        var reply = await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.Equal("chatcmpl-1", reply.Id);
        Assert.Equal(2, recorder.Requests.Count);
        Assert.Equal(recorder.Requests[0].Body, recorder.Requests[1].Body);
        Assert.Contains("Say hello", recorder.Requests[1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    public async Task Does_not_retry_a_client_error(HttpStatusCode status)
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Status(status));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task Exhausted_retries_surface_the_last_status_and_request_id()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        var statuses = new[] { HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable };
        recorder.Route(mock.When("*"), attempt => Status(statuses[attempt - 1]));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal(3, recorder.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("req_503", ex.RequestId);
    }

    [Fact]
    public async Task Max_retries_zero_sends_once()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Status(HttpStatusCode.InternalServerError));
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);

        await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task X_should_retry_false_stops_a_retry_of_a_500()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Status(HttpStatusCode.InternalServerError, shouldRetry: "false"));
        using var client = TestClients.Create(mock);

        await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task X_should_retry_true_retries_even_a_400()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), attempt => attempt == 1
            ? Status(HttpStatusCode.BadRequest, shouldRetry: "true")
            : Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock);

        await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.Equal(2, recorder.Requests.Count);
    }

    [Fact]
    public async Task A_429_waits_for_the_servers_retry_after_ms()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), attempt => attempt == 1
            ? Status(HttpStatusCode.TooManyRequests, retryAfterMs: "300")
            : Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock);

        var started = System.Diagnostics.Stopwatch.StartNew();
        await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.Equal(2, recorder.Requests.Count);
        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(290), $"the retry should wait the 300 ms asked for, waited {started.Elapsed}");
    }

    [Fact]
    public async Task A_connection_failure_is_retried()
    {
        var attempts = 0;
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            if (++attempts == 1)
            {
                throw new HttpRequestException("connection reset");
            }

            return Recorder.Json(TestClients.CompletionJson);
        });
        using var client = TestClients.Create(mock);

        await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_failure_that_is_not_a_connection_error_is_not_retried()
    {
        var attempts = 0;
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            attempts++;
            throw new InvalidOperationException("a bug in a custom handler");
        });
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("a bug in a custom handler", ex.Message);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public void An_attempt_with_neither_a_response_nor_an_exception_is_not_retried()
    {
        // Unreachable through the client (the BufferingHandler would fail first on a null response), but the retry
        // predicate must not turn a missing response into another attempt.
        Assert.False(RetryPolicy.ShouldRetry(Polly.Outcome.FromResult<HttpResponseMessage>(null!), default));
    }

    [Fact]
    public async Task A_stream_is_retried_on_its_status()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), attempt => attempt == 1 ? Status(HttpStatusCode.ServiceUnavailable) : Recorder.Sse("data: [DONE]\n\n"));
        using var client = TestClients.Create(mock);

        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
        {
        }

        Assert.Equal(2, recorder.Requests.Count);
    }

    [Fact]
    public void Server_delay_prefers_retry_after_ms_then_seconds_then_a_date_and_caps_at_60s()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        static HttpResponseMessage With(params (string Name, string Value)[] headers)
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        }

        Assert.Equal(TimeSpan.FromMilliseconds(250), RetryPolicy.ServerDelay(With(("retry-after-ms", "250"), ("Retry-After", "7")), now));
        Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.ServerDelay(With(("Retry-After", "7")), now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.ServerDelay(With(("Retry-After", "Mon, 23 Nov 2026 12:00:30 GMT")), now));
        Assert.Null(RetryPolicy.ServerDelay(With(("Retry-After", "120")), now));
        Assert.Null(RetryPolicy.ServerDelay(With(), now));
        Assert.Null(RetryPolicy.ServerDelay(With(("retry-after-ms", "soon")), now));
    }
}
