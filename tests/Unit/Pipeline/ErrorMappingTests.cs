using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

public sealed class ErrorMappingTests
{
    private static async Task<OaiApiException> FailWith(HttpStatusCode status, string body, string contentType = "application/json", Action<HttpResponseMessage>? headers = null)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, contentType) };
            response.Headers.Add("x-request-id", "req_abc123");
            headers?.Invoke(response);
            return response;
        });
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);
        return await Assert.ThrowsAnyAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));
    }

    [Theory]
    [InlineData(400, "invalid_request_error", "invalid_value", "messages")]
    [InlineData(401, "invalid_request_error", "invalid_api_key", null)]
    [InlineData(403, "permission_error", "unsupported_country_region_territory", null)]
    [InlineData(404, "invalid_request_error", "model_not_found", "model")]
    [InlineData(409, "conflict_error", "conflict", null)]
    [InlineData(422, "invalid_request_error", "unprocessable", "tools")]
    [InlineData(500, "server_error", "internal", null)]
    public async Task Maps_each_status_to_a_typed_exception_with_the_error_body(int status, string type, string code, string? param)
    {
        var paramJson = param is null ? "null" : $"\"{param}\"";
        var error = $$"""{"message":"Something about {{code}}.","type":"{{type}}","param":{{paramJson}},"code":"{{code}}"}""";
        var body = $$"""{"error":{{error}}}""";

        var ex = await FailWith((HttpStatusCode)status, body);

        Assert.Equal(typeof(OaiApiException), ex.GetType());
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(type, ex.ErrorType);
        Assert.Equal(code, ex.Code);
        Assert.Equal(param, ex.Param);
        Assert.Equal($"Something about {code}.", ex.ApiMessage);
        Assert.Equal("req_abc123", ex.RequestId);
        Assert.Equal($"HTTP {status} ({(HttpStatusCode)status}) {type} [{code}]: Something about {code}. (request id req_abc123)", ex.Message);
    }

    [Fact]
    public async Task A_429_is_a_rate_limit_exception_with_typed_headers()
    {
        var ex = await FailWith(
            HttpStatusCode.TooManyRequests,
            """{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}""",
            headers: response =>
            {
                response.Headers.Add("retry-after-ms", "1500");
                response.Headers.Add("x-ratelimit-limit-requests", "30000");
                response.Headers.Add("x-ratelimit-remaining-requests", "0");
                response.Headers.Add("x-ratelimit-limit-tokens", "150000000");
                response.Headers.Add("x-ratelimit-remaining-tokens", "149999992");
                response.Headers.Add("x-ratelimit-reset-requests", "6m0s");
                response.Headers.Add("x-ratelimit-reset-tokens", "2ms");
            });

        var rateLimit = Assert.IsType<OaiRateLimitException>(ex);
        Assert.Equal("rate_limit_exceeded", rateLimit.Code);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), rateLimit.RetryAfter);
        Assert.Equal(30000, rateLimit.RateLimits.LimitRequests);
        Assert.Equal(0, rateLimit.RateLimits.RemainingRequests);
        Assert.Equal(150000000, rateLimit.RateLimits.LimitTokens);
        Assert.Equal(149999992, rateLimit.RateLimits.RemainingTokens);
        Assert.Equal(TimeSpan.FromMinutes(6), rateLimit.RateLimits.ResetRequests);
        Assert.Equal(TimeSpan.FromMilliseconds(2), rateLimit.RateLimits.ResetTokens);
    }

    [Fact]
    public async Task A_non_json_502_from_a_proxy_gives_status_and_an_excerpt()
    {
        var html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
            + new string('x', 500) + "</body></html>";

        var ex = await FailWith(HttpStatusCode.BadGateway, html, "text/html");

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Null(ex.Error);
        Assert.StartsWith("HTTP 502 (BadGateway): <html><head><title>502 Bad Gateway</title>", ex.Message, StringComparison.Ordinal);
        Assert.Contains("... (request id req_abc123)", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 320, $"the excerpt should be short, was {ex.Message.Length} chars");
    }

    [Fact]
    public async Task The_401_message_never_carries_the_key_the_service_echoes()
    {
        var ex = await FailWith(
            HttpStatusCode.Unauthorized,
            """{"error":{"message":"Incorrect API key provided: sk-test-0123************mnop. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""");

        Assert.DoesNotContain("sk-test", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mnop", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Incorrect API key provided: [redacted]. You can find", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_with_a_body_that_is_not_json_is_an_invalid_response()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("text/html", "<html>maintenance</html>");
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.StartsWith("The chat response could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Body starts: <html>maintenance</html>", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task A_truncated_json_body_is_an_invalid_response()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", TestClients.CompletionJson[..80]);
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.StartsWith("The chat response could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_null_body_is_an_invalid_response()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", "null");
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("The chat response could not be read: the body was empty or null. Body starts: null", ex.Message);
    }

    [Fact]
    public async Task A_connection_failure_is_a_connection_exception_with_the_inner_error()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Throw(new HttpRequestException("Connection refused (api.test.local:443)"));
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<OaiConnectionException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("The call to POST /v1/chat/completions failed before a response arrived: Connection refused (api.test.local:443)", ex.Message);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Theory]
    [InlineData("retry-after-ms", "1e300")]
    [InlineData("x-ratelimit-reset-requests", "99999999999999h")]
    [InlineData("x-ratelimit-reset-tokens", "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999s")]
    public async Task An_out_of_range_retry_or_reset_header_still_gives_the_typed_rate_limit_exception(string header, string value)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
            {
                Content = new StringContent("""{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}"""),
            };
            response.Headers.TryAddWithoutValidation(header, value);
            return response;
        });

        // Retries on: the retry delay is read from the same header.
        using var client = TestClients.Create(mock, options => options.MaxRetries = 1);

        var ex = await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("rate_limit_exceeded", ex.Code);
        Assert.Null(header == "retry-after-ms" ? ex.RetryAfter : header.EndsWith("requests", StringComparison.Ordinal) ? ex.RateLimits.ResetRequests : ex.RateLimits.ResetTokens);
    }
}
