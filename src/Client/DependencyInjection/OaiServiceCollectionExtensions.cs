using System;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Oai;
using Oai.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="OaiClient"/> in a service collection, over <c>IHttpClientFactory</c>.</summary>
/// <remarks>
/// <para>The client is a singleton; each HTTP attempt takes a new <see cref="System.Net.Http.HttpClient"/> from the
/// factory, so handler lifetimes and every customisation of the returned <see cref="IHttpClientBuilder"/> apply as
/// they do for any factory client.</para>
/// <para>Options are validated when the host starts (<c>ValidateOnStart</c>): a missing API key or an out-of-range
/// value stops the start with an <see cref="OptionsValidationException"/> naming the client and the option.</para>
/// <para>Retries and the total timeout are the client's own, applied once: any resilience handler the factory would
/// add to this client (for example from <c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>)
/// is left out of its chain. <see cref="OaiHttpClientBuilderExtensions.RemoveOaiResilience"/> hands both to the
/// builder's own resilience handlers instead.</para>
/// </remarks>
public static class OaiServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="OaiClient"/> with options set by a delegate.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see cref="OaiClientOptions.Transport"/> must stay null (configure
    /// the builder's primary handler instead).</param>
    /// <returns>The builder of the client's <see cref="System.Net.Http.HttpClient"/>, to add handlers or change the primary one.</returns>
    public static IHttpClientBuilder AddOaiClient(this IServiceCollection services, Action<OaiClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, null, options => options.Configure(configure));
    }

    /// <summary>Registers the <see cref="OaiClient"/> with options bound from configuration (for example the
    /// <c>OpenAI</c> section: <c>ApiKey</c>, <c>BaseUrl</c>, <c>MaxRetries</c>, <c>Timeout</c>...).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind; binding is source-generated, so it is trimming and Native AOT safe.</param>
    /// <returns>The builder of the client's <see cref="System.Net.Http.HttpClient"/>.</returns>
    public static IHttpClientBuilder AddOaiClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, null, options => Bind(options, configuration));
    }

    /// <summary>Registers a keyed <see cref="OaiClient"/> (one per account or endpoint) with options set by a delegate.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key (<c>[FromKeyedServices("name")]</c>), which is also the name of its options.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of this client's own <see cref="System.Net.Http.HttpClient"/>.</returns>
    public static IHttpClientBuilder AddKeyedOaiClient(this IServiceCollection services, string name, Action<OaiClientOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, name, options => options.Configure(configure));
    }

    /// <summary>Registers a keyed <see cref="OaiClient"/> with options bound from configuration.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key, which is also the name of its options.</param>
    /// <param name="configuration">The section to bind (source-generated binding).</param>
    /// <returns>The builder of this client's own <see cref="System.Net.Http.HttpClient"/>.</returns>
    public static IHttpClientBuilder AddKeyedOaiClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, name, options => Bind(options, configuration));
    }

    // The binder is source-generated (EnableConfigurationBindingGenerator): no reflection, so no trimming or AOT warning
    // in an app that calls AddOaiClient(configuration). Transport (a handler object) and the internal clock cannot come
    // from configuration: the generator leaves them out (SYSLIB1100/1101, silenced in Oai.Client.csproj for that reason).
    private static void Bind(OptionsBuilder<OaiClientOptions> options, IConfiguration configuration) => options.Bind(configuration);

    private static IHttpClientBuilder Register(IServiceCollection services, string? key, Action<OptionsBuilder<OaiClientOptions>> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsName = key ?? Options.Options.DefaultName;
        var httpClientName = OaiHttpClientBuilderExtensions.HttpClientName(key);

        options(services.AddOptions<OaiClientOptions>(optionsName).ValidateOnStart());

        // The container's logging, unless the options name a logger factory of their own.
        services.AddOptions<OaiClientOptions>(optionsName)
            .PostConfigure<IServiceProvider>((o, provider) => o.LoggerFactory ??= provider.GetService<ILoggerFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OaiClientOptions>, OaiClientOptionsValidator>());

        // Exactly one resilience layer: the client's own, unless RemoveOaiResilience gave it to the builder. This runs
        // after every other configuration of the factory client, so handlers added by defaults are seen too.
        services.AddOptions<HttpClientFactoryOptions>(httpClientName)
            .PostConfigure<IOptionsMonitor<OaiResilienceSettings>>((factory, resilience) =>
            {
                if (resilience.Get(httpClientName).Library)
                {
                    factory.HttpMessageHandlerBuilderActions.Add(builder => RemoveResilienceHandlers(builder.AdditionalHandlers));
                }
            });

        var builder = services.AddHttpClient(httpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        if (key is null)
        {
            services.AddSingleton(provider => Create(provider, optionsName, httpClientName));
        }
        else
        {
            services.AddKeyedSingleton(key, (provider, _) => Create(provider, optionsName, httpClientName));
        }

        return builder;
    }

    private static void RemoveResilienceHandlers(System.Collections.Generic.IList<System.Net.Http.DelegatingHandler> handlers)
    {
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (handlers[i] is ResilienceHandler)
            {
                handlers.RemoveAt(i);
            }
        }
    }

    private static OaiClient Create(IServiceProvider provider, string optionsName, string httpClientName)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<OaiClientOptions>>().Get(optionsName);
        var factory = provider.GetRequiredService<System.Net.Http.IHttpClientFactory>();
        var library = provider.GetRequiredService<IOptionsMonitor<OaiResilienceSettings>>().Get(httpClientName).Library;

        // The factory client's BaseAddress is the base URL when the options do not set one.
        var baseAddress = factory.CreateClient(httpClientName).BaseAddress;
        return new OaiClient(options, () => factory.CreateClient(httpClientName), baseAddress, resilience: library);
    }
}
