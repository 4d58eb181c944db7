using System;
using Microsoft.Extensions.Options;
using Oai;
using Oai.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Changes how an <see cref="OaiClient"/> registered with <c>AddOaiClient</c> sends.</summary>
public static class OaiHttpClientBuilderExtensions
{
    /// <summary>Takes the client's own retries out, so that the resilience handlers added to this builder
    /// (<c>AddStandardResilienceHandler</c>, <c>AddResilienceHandler</c>) are the only retry layer.</summary>
    /// <param name="builder">The builder <c>AddOaiClient</c> or <c>AddKeyedOaiClient</c> returned.</param>
    /// <returns>The same builder, to add the resilience handler that replaces the client's.</returns>
    /// <remarks>Mind the stock timeouts of <c>AddStandardResilienceHandler</c> (10 s per attempt, 30 s in all): they cut
    /// long generations and streams. <see cref="OaiClientOptions.MaxRetries"/> no longer applies;
    /// <see cref="OaiClientOptions.Timeout"/> still bounds the whole call, reading a JSON body included (the builder's
    /// handlers end when the headers arrive), and <see cref="OaiClientOptions.StreamIdleTimeout"/> still applies.</remarks>
    public static IHttpClientBuilder RemoveOaiResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<OaiResilienceSettings>(builder.Name, settings => settings.Library = false);
        return builder;
    }

    /// <summary>The factory client's name for a registration: one per key, so each keyed client has its own chain.</summary>
    internal static string HttpClientName(string? key) => key is null ? "Oai.Client" : "Oai.Client:" + key;
}
