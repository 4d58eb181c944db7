using System;
using Microsoft.Extensions.AI;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>The client the adapter tests use, and either chat adapter by the API it calls.</summary>
internal static class Adapters
{
    public const string ChatCompletions = "chat_completions";
    public const string Responses = "responses";

    public static OaiClient Client(Uri baseUrl, int maxRetries = 2) => new(new OaiClientOptions
    {
        ApiKey = "sk-adapter-test-key-000000000000",
        BaseUrl = baseUrl,
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    });

    /// <summary><see cref="OaiClientExtensions.AsIChatClient"/> or <see cref="OaiClientExtensions.AsResponsesChatClient"/>.</summary>
    public static IChatClient Chat(OaiClient client, string api, string? model = null) =>
        api == Responses ? client.AsResponsesChatClient(model) : client.AsIChatClient(model);
}
