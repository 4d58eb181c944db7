using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;
using OpenAI.Files;

namespace Oai.Benchmarks.Support;

/// <summary>The three implementations of a scenario, each on its own <see cref="HttpClient"/> over the same handler
/// (or the same loopback server): this library, the official <c>OpenAI</c> package, and the floor.</summary>
public sealed class Clients : IDisposable
{
    public const string ApiKey = "sk-benchmark-000000000000000000";
    public static readonly Uri InMemory = new("https://api.bench.local/v1/");

    private readonly HttpClient _officialHttp;

    public Clients(Func<HttpMessageHandler> handler, Uri baseUrl, ContentCaptureMode? capture = null)
    {
        Ours = new OaiClient(new OaiClientOptions { ApiKey = ApiKey, BaseUrl = baseUrl, Transport = handler(), ContentCapture = capture });
        _officialHttp = new HttpClient(handler());
        var options = new OpenAIClientOptions { Endpoint = baseUrl, Transport = new HttpClientPipelineTransport(_officialHttp) };
        var credential = new ApiKeyCredential(ApiKey);
        OfficialChat = new ChatClient("gpt-4o-mini", credential, options);
        OfficialEmbeddings = new EmbeddingClient("text-embedding-3-large", credential, options);
        OfficialFiles = new OpenAIFileClient(credential, options);
        Floor = new Floor(handler(), baseUrl);
    }

    public OaiClient Ours { get; }

    public ChatClient OfficialChat { get; }

    public EmbeddingClient OfficialEmbeddings { get; }

    public OpenAIFileClient OfficialFiles { get; }

    public Floor Floor { get; }

    public void Dispose()
    {
        Ours.Dispose();
        _officialHttp.Dispose();
        Floor.Dispose();
    }
}
