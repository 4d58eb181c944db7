using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

/// <summary>An HTTP-date <c>Retry-After</c> becomes a delay against the client's clock, not the machine's.</summary>
public sealed class RetryAfterClockTests
{
    [Fact]
    public async Task A_retry_after_date_is_read_against_the_clients_time_provider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 7, 8, 0, TimeSpan.Zero));
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = TestClients.Json("""{"error":{"message":"slow down","type":"requests"}}""") };
            response.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(42));
            return response;
        });
        using var client = TestClients.Create(mock, options =>
        {
            options.TimeProvider = time;
            options.MaxRetries = 0;
        });

        var ex = await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal(TimeSpan.FromSeconds(42), ex.RetryAfter);
    }
}
