using System;
using System.Net.Http;
using Oai.Chat;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

/// <summary>Builds clients over a MockHttp transport, with retry delays short enough for tests.</summary>
internal static class TestClients
{
    public const string ApiKey = "sk-test-0123456789abcdefghijklmnop";
    public const string BaseUrl = "https://api.test.local/v1/";

    public static OaiClient Create(MockHttpMessageHandler mock, Action<OaiClientOptions>? configure = null)
    {
        var options = new OaiClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = new Uri(BaseUrl),
            Transport = mock,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        configure?.Invoke(options);
        return new OaiClient(options);
    }

    public static ChatCompletionRequest Hello(string model = "gpt-4o-mini") => new()
    {
        Model = model,
        Messages = [ChatMessage.User("Say hello")],
    };

    public const string CompletionJson = """
        {"id":"chatcmpl-1","object":"chat.completion","created":1770950813,"model":"gpt-4o-mini-2024-07-18",
         "choices":[{"index":0,"message":{"role":"assistant","content":"Hello!","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],
         "usage":{"prompt_tokens":11,"completion_tokens":2,"total_tokens":13},"service_tier":"default","system_fingerprint":"fp_1"}
        """;

    public static HttpContent Json(string json) => new StringContent(json, System.Text.Encoding.UTF8, "application/json");
}
