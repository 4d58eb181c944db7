using System;
using Oai.Chat;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.Faults;

/// <summary>Clients for the fault server: the client's default settings unless a test changes one.</summary>
internal static class FaultClients
{
    public static OaiClient Create(FaultServer server, Action<OaiClientOptions>? configure = null)
    {
        var options = new OaiClientOptions { ApiKey = "sk-fault-test-000000000000000000", BaseUrl = server.BaseUrl };
        configure?.Invoke(options);
        return new OaiClient(options);
    }

    /// <summary>Retries without the backoff wait, for tests that are not about delays.</summary>
    public static void ShortBackoff(OaiClientOptions options) => options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);

    public static ChatCompletionRequest Request(string model) => new() { Model = model, Messages = [ChatMessage.User("Say hello")] };

    public static string Chunk(string content) => Sse.Chunk(0, content);
}
