using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Oai.Chat;
using Oai.Emulator;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.DependencyInjection;

/// <summary><c>AddOaiClient</c> in a Generic Host: resolving, binding, start-up validation, keyed clients, and exactly
/// one resilience layer, over real loopback servers.</summary>
public sealed class AddOaiClientTests
{
    private static readonly ChatCompletionRequest s_request = new() { Model = "gpt-4o-mini", Messages = [ChatMessage.User("hi")] };

    private static HostApplicationBuilder Builder(Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        return builder;
    }

    private static Task<LoopbackServer> CompletionServer(Action<HttpContext>? seen = null) =>
        LoopbackServer.StartAsync(async (context, _) =>
        {
            seen?.Invoke(context);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Respond.CompletionJson("chatcmpl-di"));
        });

    private static Task<LoopbackServer> FailingServer() =>
        LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 500;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Respond.ErrorJson(500));
        });

    [Fact]
    public async Task The_client_resolves_with_options_bound_from_configuration()
    {
        string? authorization = null, gateway = null, userAgent = null;
        await using var server = await CompletionServer(context =>
        {
            authorization = context.Request.Headers.Authorization;
            gateway = context.Request.Headers["X-Gateway"];
            userAgent = context.Request.Headers.UserAgent;
        });
        var builder = Builder(new()
        {
            ["OpenAI:ApiKey"] = "sk-from-config",
            ["OpenAI:BaseUrl"] = server.BaseUrl.AbsoluteUri,
            ["OpenAI:MaxRetries"] = "4",
            ["OpenAI:Timeout"] = "00:02:30",
            ["OpenAI:StreamIdleTimeout"] = "00:00:45",
            ["OpenAI:ContentCapture"] = "SpanAttributes",
            ["OpenAI:UserAgentApplicationId"] = "di-test/1.0",
            ["OpenAI:DefaultHeaders:X-Gateway"] = "blue",
        });
        builder.Services.AddOaiClient(builder.Configuration.GetSection("OpenAI"));
        using var host = builder.Build();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptionsMonitor<OaiClientOptions>>().CurrentValue;
        Assert.Equal(4, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(150), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(45), options.StreamIdleTimeout);
        Assert.Equal(ContentCaptureMode.SpanAttributes, options.ContentCapture);
        Assert.Same(host.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(), options.LoggerFactory);

        var client = host.Services.GetRequiredService<OaiClient>();
        Assert.Same(client, host.Services.GetRequiredService<OaiClient>());
        Assert.Equal(server.BaseUrl, client.BaseUrl);
        var reply = await client.Chat.Completions.CreateAsync(s_request);

        Assert.Equal("chatcmpl-di", reply.Id);
        Assert.Equal("Bearer sk-from-config", authorization);
        Assert.Equal("blue", gateway);
        Assert.StartsWith("di-test/1.0 OaiClient/", userAgent, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("MaxRetries", "11", "OaiClient 'second': MaxRetries must be between 0 and 10, not 11.")]
    [InlineData("BaseUrl", "ftp://example.com/v1", "OaiClient 'second': The base URL must be an absolute http or https URL: 'ftp://example.com/v1'.")]
    [InlineData("MaxCapturedContentLength", "10", "OaiClient 'second': MaxCapturedContentLength must be at least 256 bytes.")]
    public async Task Invalid_options_stop_the_host_at_start_naming_the_client_and_the_option(string key, string value, string expected)
    {
        var builder = Builder(new() { ["Second:ApiKey"] = "sk-second", [$"Second:{key}"] = value });
        builder.Services.AddOaiClient(options => options.ApiKey = "sk-first");
        builder.Services.AddKeyedOaiClient("second", builder.Configuration.GetSection("Second"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task A_transport_in_the_options_is_refused_at_start_with_the_way_to_set_one()
    {
        var builder = Builder();
        using var handler = new SocketsHttpHandler();
        builder.Services.AddOaiClient(options =>
        {
            options.ApiKey = "sk-test";
            options.Transport = handler;
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            "OaiClient: OaiClientOptions.Transport is not used with AddOaiClient; set the handler with ConfigurePrimaryHttpMessageHandler on the IHttpClientBuilder it returns.",
            error.Message);
    }

    [Fact]
    public async Task Keyed_clients_reach_their_own_emulators()
    {
        await using var eu = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = false });
        await using var us = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = false });
        var builder = Builder(new()
        {
            ["Accounts:Eu:ApiKey"] = OaiEmulator.ApiKey,
            ["Accounts:Eu:BaseUrl"] = eu.BaseUrl.AbsoluteUri,
            ["Accounts:Us:ApiKey"] = OaiEmulator.ApiKey,
            ["Accounts:Us:BaseUrl"] = us.BaseUrl.AbsoluteUri,
        });
        builder.Services.AddKeyedOaiClient("eu", builder.Configuration.GetSection("Accounts:Eu"));
        builder.Services.AddKeyedOaiClient("us", builder.Configuration.GetSection("Accounts:Us"));
        using var host = builder.Build();
        await host.StartAsync();

        var euReply = await host.Services.GetRequiredKeyedService<OaiClient>("eu").Chat.Completions.CreateAsync(
            new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("to eu")] });
        await host.Services.GetRequiredKeyedService<OaiClient>("us").Chat.Completions.CreateAsync(
            new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("to us")] });

        Assert.Equal("You said: to eu", euReply.Choices[0].Message.Content);
        Assert.Equal(["to eu"], eu.Requests.Select(r => r.Body!.Value.GetProperty("messages")[0].GetProperty("content").GetString()));
        Assert.Equal(["to us"], us.Requests.Select(r => r.Body!.Value.GetProperty("messages")[0].GetProperty("content").GetString()));
    }

    [Fact]
    public async Task Keyed_clients_reach_their_own_servers_with_their_own_keys()
    {
        var seen = new List<string>();
        await using var first = await CompletionServer(context => { lock (seen) { seen.Add($"first {context.Request.Headers.Authorization}"); } });
        await using var second = await CompletionServer(context => { lock (seen) { seen.Add($"second {context.Request.Headers.Authorization}"); } });
        var builder = Builder();
        builder.Services.AddKeyedOaiClient("eu", options => { options.ApiKey = "sk-eu"; options.BaseUrl = first.BaseUrl; });
        builder.Services.AddKeyedOaiClient("us", options => { options.ApiKey = "sk-us"; options.BaseUrl = second.BaseUrl; });
        using var host = builder.Build();
        await host.StartAsync();

        var eu = host.Services.GetRequiredKeyedService<OaiClient>("eu");
        var us = host.Services.GetRequiredKeyedService<OaiClient>("us");
        await eu.Chat.Completions.CreateAsync(s_request);
        await us.Chat.Completions.CreateAsync(s_request);
        await us.Chat.Completions.CreateAsync(s_request);

        Assert.NotSame(eu, us);
        Assert.Null(host.Services.GetService<OaiClient>());
        Assert.Equal(["first Bearer sk-eu", "second Bearer sk-us", "second Bearer sk-us"], seen);
    }

    [Fact]
    public async Task A_resilience_handler_from_the_factory_defaults_is_not_stacked_on_the_clients_own()
    {
        await using var server = await FailingServer();
        var builder = Builder();
        // The Aspire service defaults do this for every HttpClient: three more retries under each of ours.
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = 3;
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
        }));
        builder.Services.AddOaiClient(options =>
        {
            options.ApiKey = "sk-test";
            options.BaseUrl = server.BaseUrl;
            options.MaxRetries = 2;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        using var host = builder.Build();
        await host.StartAsync();

        var error = await Assert.ThrowsAsync<OaiApiException>(
            () => host.Services.GetRequiredService<OaiClient>().Chat.Completions.CreateAsync(s_request));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(3, server.Requests); // the first attempt and the client's two retries, nothing more
    }

    [Fact]
    public async Task RemoveOaiResilience_leaves_the_builders_resilience_handler_as_the_only_layer()
    {
        await using var server = await FailingServer();
        var builder = Builder();
        builder.Services.AddOaiClient(options =>
            {
                options.ApiKey = "sk-test";
                options.BaseUrl = server.BaseUrl;
                options.MaxRetries = 5; // no longer the client's to apply
            })
            .RemoveOaiResilience()
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.MaxRetryAttempts = 1;
                o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            });
        using var host = builder.Build();
        await host.StartAsync();

        var error = await Assert.ThrowsAsync<OaiApiException>(
            () => host.Services.GetRequiredService<OaiClient>().Chat.Completions.CreateAsync(s_request));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task RemoveOaiResilience_keeps_the_clients_timeout_over_a_body_that_stalls_after_its_headers()
    {
        // The builder's handlers end when the headers arrive; the JSON body is read below them, so only the client's
        // own total timeout can end a body that stops half way.
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 1000;
            await context.Response.WriteAsync("{\"id\":\"chatcmpl-stalled\",");
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        var builder = Builder();
        builder.Services.AddOaiClient(options =>
            {
                options.ApiKey = "sk-test";
                options.BaseUrl = server.BaseUrl;
                options.Timeout = TimeSpan.FromSeconds(1);
            })
            .RemoveOaiResilience()
            .AddStandardResilienceHandler(o => o.Retry.MaxRetryAttempts = 1);
        using var host = builder.Build();
        await host.StartAsync();

        var call = host.Services.GetRequiredService<OaiClient>().Chat.Completions.CreateAsync(s_request);

        await Assert.ThrowsAsync<OaiTimeoutException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task The_builders_handlers_see_every_attempt_and_its_BaseAddress_is_the_base_url()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, number) =>
        {
            context.Response.StatusCode = number == 1 ? 503 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(number == 1 ? Respond.ErrorJson(503) : Respond.CompletionJson("chatcmpl-second"));
        });
        var counter = new CountingHandler();
        var builder = Builder();
        builder.Services.AddOaiClient(options =>
            {
                options.ApiKey = "sk-test";
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            })
            .ConfigureHttpClient(http => http.BaseAddress = server.BaseUrl)
            .AddHttpMessageHandler(() => counter);
        using var host = builder.Build();
        await host.StartAsync();

        var client = host.Services.GetRequiredService<OaiClient>();
        var reply = await client.Chat.Completions.CreateAsync(s_request);

        Assert.Equal(server.BaseUrl, client.BaseUrl);
        Assert.Equal("chatcmpl-second", reply.Id);
        Assert.Equal(2, counter.Attempts);
    }

    [Fact]
    public async Task A_callers_HttpClient_gives_its_BaseAddress_unless_the_options_set_one()
    {
        await using var server = await CompletionServer();
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        using var fromHttpClient = new OaiClient(new OaiClientOptions { ApiKey = "sk-test" }, http);
        using var fromOptions = new OaiClient(new OaiClientOptions { ApiKey = "sk-test", BaseUrl = new Uri("http://127.0.0.1:9/v1") }, http);
        var reply = await fromHttpClient.Chat.Completions.CreateAsync(s_request);

        Assert.Equal(server.BaseUrl, fromHttpClient.BaseUrl);
        Assert.Equal(new Uri("http://127.0.0.1:9/v1/"), fromOptions.BaseUrl);
        Assert.Equal("chatcmpl-di", reply.Id);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
