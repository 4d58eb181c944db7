using System;

namespace Oai.Telemetry;

/// <summary>Who the client talks to, as telemetry names it: provider, server address and port.</summary>
internal sealed record ServiceEndpoint(string Provider, string Address, int Port)
{
    public bool IsOpenAi => Provider == GenAi.ProviderOpenAi;

    /// <summary>Gets the port boxed once, as every span and measurement of the client's calls tags it.</summary>
    public object PortTag { get; } = Port;

    /// <summary>Detects Azure OpenAI endpoints by host; everything else (OpenAI and compatible servers) is <c>openai</c>.</summary>
    public static ServiceEndpoint From(Uri baseUrl)
    {
        var host = baseUrl.Host;
        var azure = host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".services.ai.azure.com", StringComparison.OrdinalIgnoreCase);
        return new ServiceEndpoint(azure ? GenAi.ProviderAzureOpenAi : GenAi.ProviderOpenAi, host, baseUrl.Port);
    }
}
