using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Oai.Chat;
using Oai.Responses;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;
using ChatMessage = Oai.Chat.ChatMessage;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/getting-started.md, docs/configuration.md and docs/extensions-ai.md, compiled and
/// run against MockHttp so the guides cannot rot.</summary>
public sealed class AdoptionDocSamples
{
    // docs/getting-started.md: "First call"
    // docs:begin getting-started-1
    public static async Task<string?> FirstCallAsync(OaiClient client)
    {
        var request = new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = [ChatMessage.System("Answer in one sentence."), ChatMessage.User("What is an embedding?")],
        };

        ChatCompletion reply = await client.Chat.Completions.CreateAsync(request);
        Console.WriteLine($"{reply.Choices[0].Message.Content} ({reply.Usage?.TotalTokens} tokens)");
        return reply.Choices[0].Message.Content;
    }
    // docs:end

    // docs/configuration.md: "Options"
    // docs:begin configuration-options
    public static OaiClientOptions Options() => new()
    {
        ApiKey = Environment.GetEnvironmentVariable("MY_OPENAI_KEY"), // null: falls back to OPENAI_API_KEY
        BaseUrl = new Uri("http://localhost:11434/v1"),                // any OpenAI-compatible server
        Organization = "org-123",
        Project = "proj_abc",
        MaxRetries = 4,
        Timeout = TimeSpan.FromMinutes(5),                          // the whole call, retries included
        StreamIdleTimeout = TimeSpan.FromSeconds(60),                // the longest silence inside a stream
        UserAgentApplicationId = "my-app/1.2",
        DefaultHeaders = { ["X-Gateway-Tenant"] = "blue" },
        ContentCapture = ContentCaptureMode.None,
    };
    // docs:end

    // docs/configuration.md: "Dependency injection"
    // docs:begin configuration-di
    public static IHttpClientBuilder AddFromConfiguration(HostApplicationBuilder builder) =>
        // appsettings.json: { "OpenAI": { "ApiKey": "...", "MaxRetries": 4, "Timeout": "00:05:00" } }
        builder.Services.AddOaiClient(builder.Configuration.GetSection("OpenAI"));

    public static async Task<string?> UseAsync(IServiceProvider services)
    {
        var client = services.GetRequiredService<OaiClient>(); // a singleton; inject it anywhere
        var reply = await client.Chat.Completions.CreateAsync(new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = [ChatMessage.User("Say hello")],
        });
        return reply.Choices[0].Message.Content;
    }
    // docs:end

    // docs/configuration.md: "Several accounts or endpoints"
    // docs:begin configuration-keyed
    internal static void AddTwoAccounts(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKeyedOaiClient("batch", configuration.GetSection("OpenAI:Batch"));
        services.AddKeyedOaiClient("local", options =>
        {
            options.ApiKey = "unused";
            options.BaseUrl = new Uri("http://localhost:11434/v1");
        });
    }

    public sealed class Summarizer([FromKeyedServices("local")] OaiClient client)
    {
        public OaiClient Client => client;
    }
    // docs:end

    // docs/configuration.md: "Transport and resilience"
    // docs:begin configuration-transport
    internal static void CustomiseTransport(IServiceCollection services, Func<HttpMessageHandler> proxyHandler)
    {
        services.AddOaiClient(options => options.ApiKey = "sk-...")
            .ConfigurePrimaryHttpMessageHandler(proxyHandler)      // the innermost handler: a proxy, a test double
            .AddHttpMessageHandler(() => new AuditHandler())       // sees every attempt
            .SetHandlerLifetime(TimeSpan.FromMinutes(5));
    }

    internal static void ReplaceResilience(IServiceCollection services)
    {
        services.AddOaiClient(options => options.ApiKey = "sk-...")
            .RemoveOaiResilience()                                 // the client's retries are off (its Timeout stays)...
            .AddStandardResilienceHandler(resilience =>            // ...and this pipeline is the only one
            {
                resilience.AttemptTimeout.Timeout = TimeSpan.FromMinutes(3);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(6);
            });
    }
    // docs:end

    public sealed class AuditHandler : DelegatingHandler
    {
        public int Attempts { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            Attempts++;
            return base.SendAsync(request, cancellationToken);
        }
    }

    // docs/extensions-ai.md: "A chat client"
    // docs:begin extensions-ai-chat
    public static async Task<string> AskWithToolsAsync(OaiClient client)
    {
        IChatClient chat = new ChatClientBuilder(client.AsIChatClient("gpt-4o-mini"))
            .UseFunctionInvocation()          // runs the model's tool calls and sends the results back
            .Build();

        var options = new ChatOptions
        {
            Temperature = 0.2f,
            MaxOutputTokens = 200,
            Tools = [AIFunctionFactory.Create((string city) => $"18 C and sunny in {city}", "get_weather", "The weather in a city")],
        };
        ChatResponse response = await chat.GetResponseAsync("What is the weather in Paris?", options);

        ChatCompletion? raw = response.RawRepresentation as ChatCompletion; // the record of the last call
        Console.WriteLine($"{response.Text} [{raw?.Id}, {response.Usage?.TotalTokenCount} tokens in all]");
        return response.Text;
    }
    // docs:end

    // docs/extensions-ai.md: "Over the Responses API"
    // docs:begin extensions-ai-responses
    public static async Task<string> ConverseOverResponsesAsync(OaiClient client)
    {
        IChatClient chat = new ChatClientBuilder(client.AsResponsesChatClient("gpt-4o-mini"))
            .UseFunctionInvocation()
            .Build();

        var options = new ChatOptions
        {
            Instructions = "Answer in one sentence.",
            Tools = [AIFunctionFactory.Create((string city) => $"18 C and sunny in {city}", "get_weather", "The weather in a city")],
        };
        ChatResponse first = await chat.GetResponseAsync("What is the weather in Paris?", options);
        Response? raw = first.RawRepresentation as Response;   // the record of the last call

        // The service keeps the conversation: send only the new message, naming the response to continue from.
        options.ConversationId = first.ConversationId;         // sent as previous_response_id
        var text = new StringBuilder();
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("And in Rome?", options))
        {
            text.Append(update.Text);                          // update.RawRepresentation is the ResponseStreamEvent
        }

        Console.WriteLine($"{first.Text} [{raw?.Id}] {text}");
        return text.ToString();
    }
    // docs:end

    // docs/extensions-ai.md: "Embeddings"
    // docs:begin extensions-ai-embeddings
    public static async Task<int> EmbedAsync(OaiClient client)
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = client.AsIEmbeddingGenerator("text-embedding-3-small");
        GeneratedEmbeddings<Embedding<float>> embeddings = await generator.GenerateAsync(["first text", "second text"]);
        return embeddings[0].Vector.Length;
    }
    // docs:end

    // docs/extensions-ai.md: "With dependency injection"
    // docs:begin extensions-ai-di
    internal static void AddChat(IServiceCollection services)
    {
        services.AddOaiClient(options => options.ApiKey = "sk-...");
        services.AddChatClient(provider => provider.GetRequiredService<OaiClient>().AsIChatClient("gpt-4o-mini"))
            .UseFunctionInvocation();      // no UseOpenTelemetry(): the client already traces every call
    }
    // docs:end

    private const string ToolCallJson = """
        {"id":"chatcmpl-t","object":"chat.completion","created":1770950813,"model":"gpt-4o-mini",
         "choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},"finish_reason":"tool_calls"}],
         "usage":{"prompt_tokens":20,"completion_tokens":5,"total_tokens":25}}
        """;

    [Fact]
    public async Task The_first_call_prints_the_reply()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, TestClients.BaseUrl + "chat/completions").Respond("application/json", TestClients.CompletionJson);
        using var client = TestClients.Create(mock);

        Assert.Equal("Hello!", await FirstCallAsync(client));
        mock.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public void The_options_sample_is_valid()
    {
        using var client = new OaiClient(Options() is var o && o.ApiKey is null ? new OaiClientOptions { ApiKey = "sk-x", BaseUrl = o.BaseUrl } : o);
        Assert.Equal(new Uri("http://localhost:11434/v1/"), client.BaseUrl);
    }

    [Fact]
    public async Task The_di_sample_binds_configuration_and_answers()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", TestClients.CompletionJson);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = "sk-config",
            ["OpenAI:BaseUrl"] = TestClients.BaseUrl,
        });
        AddFromConfiguration(builder).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var host = builder.Build();
        await host.StartAsync();

        Assert.Equal("Hello!", await UseAsync(host.Services));
    }

    [Fact]
    public async Task The_keyed_sample_injects_the_local_client()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Summarizer>();
        AddTwoAccounts(services, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpenAI:Batch:ApiKey"] = "sk-batch" }).Build());
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(new Uri("http://localhost:11434/v1/"), provider.GetRequiredService<Summarizer>().Client.BaseUrl);
        Assert.Equal(OaiClientOptions.DefaultBaseUrl, provider.GetRequiredKeyedService<OaiClient>("batch").BaseUrl);
    }

    [Fact]
    public async Task The_transport_samples_send_through_the_given_handlers()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", TestClients.CompletionJson);
        var services = new ServiceCollection();
        CustomiseTransport(services, () => mock);
        await using var provider = services.BuildServiceProvider();

        var reply = await provider.GetRequiredService<OaiClient>().Chat.Completions.CreateAsync(TestClients.Hello());
        Assert.Equal("Hello!", reply.Choices[0].Message.Content);

        var replaced = new ServiceCollection();
        ReplaceResilience(replaced);
        await using var replacedProvider = replaced.BuildServiceProvider();
        Assert.NotNull(replacedProvider.GetRequiredService<OaiClient>());
    }

    [Fact]
    public async Task The_tool_sample_runs_the_function_and_returns_the_answer()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, TestClients.BaseUrl + "chat/completions").Respond("application/json", ToolCallJson);
        mock.Expect(HttpMethod.Post, TestClients.BaseUrl + "chat/completions")
            .WithPartialContent("18 C and sunny in Paris")
            .Respond("application/json", TestClients.CompletionJson);
        using var client = TestClients.Create(mock);

        Assert.Equal("Hello!", await AskWithToolsAsync(client));
        mock.VerifyNoOutstandingExpectation();
    }

    private static string ResponseJson(string id, string output) => $$$"""
        {"id":"{{{id}}}","object":"response","created_at":1770950813,"status":"completed","model":"gpt-4o-mini","store":true,"output":[{{{output}}}]}
        """;

    [Fact]
    public async Task The_responses_sample_runs_the_tool_then_continues_the_conversation_streamed()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, TestClients.BaseUrl + "responses")
            .WithPartialContent("\"instructions\":\"Answer in one sentence.\"")
            .Respond("application/json", ResponseJson("resp_1", """{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}"}"""));
        mock.Expect(HttpMethod.Post, TestClients.BaseUrl + "responses")
            .WithPartialContent("\"input\":[{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"18 C and sunny in Paris\"}],")
            .WithPartialContent("\"previous_response_id\":\"resp_1\"")
            .Respond("application/json", ResponseJson("resp_2", """{"type":"message","id":"msg_2","role":"assistant","content":[{"type":"output_text","text":"18 C and sunny."}]}"""));
        mock.Expect(HttpMethod.Post, TestClients.BaseUrl + "responses")
            .WithPartialContent("\"previous_response_id\":\"resp_2\"")
            .WithPartialContent("\"stream\":true")
            .Respond(_ => Recorder.Sse(string.Concat(
                """data: {"type":"response.output_text.delta","sequence_number":0,"item_id":"msg_3","output_index":0,"content_index":0,"delta":"24 C "}""", "\n\n",
                """data: {"type":"response.output_text.delta","sequence_number":1,"item_id":"msg_3","output_index":0,"content_index":0,"delta":"in Rome."}""", "\n\n",
                """data: {"type":"response.completed","sequence_number":2,"response":""", ResponseJson("resp_3", string.Empty), "}\n\n")));
        using var client = TestClients.Create(mock);

        Assert.Equal("24 C in Rome.", await ConverseOverResponsesAsync(client));
        mock.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task The_embeddings_sample_returns_the_vector_length()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """
            {"object":"list","model":"text-embedding-3-small","usage":{"prompt_tokens":4,"total_tokens":4},
             "data":[{"object":"embedding","index":0,"embedding":[0.1,0.2]},{"object":"embedding","index":1,"embedding":[0.3,0.4]}]}
            """);
        using var client = TestClients.Create(mock);

        Assert.Equal(2, await EmbedAsync(client));
    }

    [Fact]
    public async Task The_di_chat_sample_resolves_an_IChatClient_over_the_OaiClient()
    {
        var services = new ServiceCollection();
        AddChat(services);
        await using var provider = services.BuildServiceProvider();

        var chat = provider.GetRequiredService<IChatClient>();
        Assert.Same(provider.GetRequiredService<OaiClient>(), chat.GetService<OaiClient>());
        Assert.NotNull(chat.GetService<FunctionInvokingChatClient>());
    }
}
