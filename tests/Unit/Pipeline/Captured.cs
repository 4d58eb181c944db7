using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

/// <summary>What a request looked like on the wire: headers and the body text, read when it was sent.</summary>
internal sealed record Captured(HttpMethod Method, Uri Uri, HttpRequestHeaders Headers, HttpContentHeaders? ContentHeaders, string Body);

/// <summary>Records every request a MockHttp route answers, in order, and answers from a script.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentQueue<Captured> _requests = new();

    public IReadOnlyList<Captured> Requests => [.. _requests];

    public void Route(MockedRequest route, Func<int, HttpResponseMessage> respond)
    {
        route.Respond(async request =>
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync();
            _requests.Enqueue(new Captured(request.Method, request.RequestUri!, request.Headers, request.Content?.Headers, body));
            return respond(_requests.Count);
        });
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = TestClients.Json(json) };

    public static HttpResponseMessage Sse(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/event-stream") };
}
