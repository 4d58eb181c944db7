using System;
using System.Net.Http;
using Oai.Batches;
using Oai.Chat;
using Oai.Completions;
using Oai.Embeddings;
using Oai.Files;
using Oai.FineTuning;
using Oai.Models;
using Oai.Moderations;
using Oai.Pipeline;
using Oai.Responses;

namespace Oai;

/// <summary>The entry point: a client for the OpenAI REST API (or any OpenAI-compatible server) with its endpoint groups.</summary>
/// <remarks>
/// <para>Thread-safe and cheap to share: create one per application (or per API key) and use it from every thread.
/// Each call goes through one pipeline: request -> resilience handler (total timeout, retries with backoff) ->
/// transport -> typed response or typed stream.</para>
/// <para>A client that created its own HTTP stack disposes it in <see cref="Dispose()"/>; an <see cref="HttpClient"/>
/// or handler passed in stays the caller's.</para>
/// </remarks>
/// <example>
/// <code>
/// using var client = new OaiClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
/// var reply = await client.Chat.Completions.CreateAsync(new ChatCompletionRequest
/// {
///     Model = "gpt-4o-mini",
///     Messages = [ChatMessage.User("Say hello")],
/// });
/// </code>
/// </example>
public class OaiClient : IDisposable
{
    private readonly OaiPipeline? _pipeline;

    /// <summary>Initializes a client for api.openai.com (or <c>OPENAI_BASE_URL</c>) with an API key.</summary>
    /// <param name="apiKey">The API key, sent only in the <c>Authorization</c> header.</param>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is null or empty.</exception>
    public OaiClient(string apiKey)
        : this(new OaiClientOptions { ApiKey = RequireKey(apiKey) })
    {
    }

    /// <summary>Initializes a client from options, validated and copied now.</summary>
    /// <param name="options">The settings; later changes to this object do not affect the client.</param>
    /// <exception cref="ArgumentException">An option is missing or out of range; the message names it.</exception>
    public OaiClient(OaiClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>Initializes a client that sends through the caller's <see cref="HttpClient"/>.</summary>
    /// <param name="options">The settings; later changes to this object do not affect the client.</param>
    /// <param name="httpClient">The client to send through, or null for the client's own; never disposed by this client.
    /// The retry handler still runs above it; its own <see cref="HttpClient.Timeout"/> applies to each attempt too.</param>
    /// <exception cref="ArgumentException">An option is missing or out of range, or <see cref="OaiClientOptions.Transport"/>
    /// is set as well as <paramref name="httpClient"/> (they are alternatives); the message names it.</exception>
    public OaiClient(OaiClientOptions options, HttpClient? httpClient)
    {
        var settings = ClientSettings.From(options);
        if (httpClient is not null && options.Transport is not null)
        {
            throw new ArgumentException(
                "OaiClientOptions.Transport and an HttpClient are alternatives: the HttpClient already has its own handlers. Give one.",
                nameof(httpClient));
        }

        _pipeline = new OaiPipeline(settings, options.Transport, httpClient);
        Chat = new ChatClient(_pipeline);
        Completions = new CompletionsClient(_pipeline);
        Embeddings = new EmbeddingsClient(_pipeline);
        Files = new FilesClient(_pipeline);
        FineTuning = new FineTuningClient(_pipeline);
        Responses = new ResponsesClient(_pipeline);
        Models = new ModelsClient(_pipeline);
        Moderations = new ModerationsClient(_pipeline);
        Batches = new BatchesClient(_pipeline, Files);
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected OaiClient()
    {
        Chat = null!;
        Completions = null!;
        Embeddings = null!;
        Files = null!;
        FineTuning = null!;
        Responses = null!;
        Models = null!;
        Moderations = null!;
        Batches = null!;
    }

    /// <summary>Gets the base URL requests are sent to, always ending in a slash.</summary>
    public virtual Uri BaseUrl => _pipeline?.Settings.BaseUrl ?? OaiClientOptions.DefaultBaseUrl;

    /// <summary>Gets the Chat endpoints (<c>client.Chat.Completions</c>).</summary>
    public virtual ChatClient Chat { get; }

    /// <summary>Gets the legacy Completions endpoint (<c>client.Completions</c>), whole or streamed.</summary>
    public virtual CompletionsClient Completions { get; }

    /// <summary>Gets the Embeddings endpoint (<c>client.Embeddings</c>).</summary>
    public virtual EmbeddingsClient Embeddings { get; }

    /// <summary>Gets the Files endpoints: upload, list, retrieve, delete and download files.</summary>
    public virtual FilesClient Files { get; }

    /// <summary>Gets the Fine-tuning endpoints (<c>client.FineTuning.Jobs</c>).</summary>
    public virtual FineTuningClient FineTuning { get; }

    /// <summary>Gets the Responses API: create (whole or streamed), retrieve, resume, delete, cancel, input items,
    /// input token counts and compaction.</summary>
    public virtual ResponsesClient Responses { get; }
    /// <summary>Gets the Models endpoints: list, retrieve and delete models.</summary>
    public virtual ModelsClient Models { get; }

    /// <summary>Gets the Moderations endpoint (<c>client.Moderations</c>).</summary>
    public virtual ModerationsClient Moderations { get; }

    /// <summary>Gets the Batch endpoints: create, list, retrieve, cancel, wait for and run batches.</summary>
    public virtual BatchesClient Batches { get; }

    /// <summary>Releases the HTTP stack the client created; a caller's <see cref="HttpClient"/> or handler stays alive.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Returns a description that names the endpoint and never the API key.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"OaiClient({BaseUrl})";

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pipeline?.Dispose();
        }
    }

    private static string RequireKey(string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return apiKey;
    }
}
