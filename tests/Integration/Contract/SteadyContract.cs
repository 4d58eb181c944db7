using System;
using System.Linq;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Oai.IntegrationTests.Servers;
using Xunit.Sdk;

namespace Oai.IntegrationTests.Contract;

/// <summary>Runs one typed call against Steady and asserts that Steady found the request valid under OpenAI's schema.</summary>
public static class SteadyContract
{
    /// <summary>Builds a client that sends to Steady through a <see cref="ResponseRecorder"/>; no retries, so one call is one request.</summary>
    public static OaiClient Client(SteadyServer steady, ResponseRecorder recorder) => new(new OaiClientOptions
    {
        ApiKey = "sk-steady-contract-0000000000000000",
        BaseUrl = steady.BaseUrl,
        Transport = recorder,
        MaxRetries = 0,
        Timeout = TimeSpan.FromSeconds(30),
    });

    /// <summary>Makes the call, then asserts that exactly one request went out and Steady answered
    /// <c>X-Steady-Request-Valid: true</c>; returns what the call returned.</summary>
    public static async Task<T> AssertValidAsync<T>(SteadyServer steady, Func<OaiClient, RequestOptions, Task<T>> call)
    {
        using var recorder = new ResponseRecorder();
        using var client = Client(steady, recorder);
        var options = new RequestOptions();

        // Steady streams five events 100 ms apart unless told otherwise.
        options.Headers["X-Steady-Stream-Interval-Ms"] = "1";
        T result;
        try
        {
            result = await call(client, options);
        }
        catch (OaiApiException ex)
        {
            throw new XunitException($"Steady rejected the request: {ex.Message}{Environment.NewLine}{Diagnostics(ex.Headers)}");
        }

        var headers = Assert.Single(recorder.Responses);
        var valid = OaiApiException.ReadHeader(headers, "X-Steady-Request-Valid");
        Assert.True(valid == "true", $"expected X-Steady-Request-Valid: true, got '{valid}'. {Diagnostics(headers)}");

        // Steady also reports what it does not reject (E4xxx: a value out of the schema's range, say); a clean request has none.
        var count = OaiApiException.ReadHeader(headers, "X-Steady-Error-Count");
        Assert.True(count is null or "0", $"expected no Steady diagnostics, got {count}: {Diagnostics(headers)}");
        return result;
    }

    /// <summary>Steady's diagnostics from its <c>X-Steady-Error-N-*</c> headers, one line each.</summary>
    public static string Diagnostics(HttpResponseHeaders? headers)
    {
        if (!int.TryParse(OaiApiException.ReadHeader(headers, "X-Steady-Error-Count"), out var count) || count == 0)
        {
            return "(no Steady diagnostics)";
        }

        return string.Join(
            Environment.NewLine,
            Enumerable.Range(1, count).Select(n =>
                $"{OaiApiException.ReadHeader(headers, $"X-Steady-Error-{n}-Code")} at {OaiApiException.ReadHeader(headers, $"X-Steady-Error-{n}-Path")}: {OaiApiException.ReadHeader(headers, $"X-Steady-Error-{n}-Message")}"));
    }
}
