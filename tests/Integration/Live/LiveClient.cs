using System;

namespace Oai.IntegrationTests.Live;

/// <summary>The client the live tests share: the key and base URL come from <c>OPENAI_API_KEY</c> and <c>OPENAI_BASE_URL</c>.</summary>
public static class LiveClient
{
    public static OaiClient Create() => new(new OaiClientOptions { Timeout = TimeSpan.FromSeconds(90) });
}
