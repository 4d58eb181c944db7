using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.UnitTests.Robustness;

/// <summary>The in-memory server of one case: answers each request with the reply of the page it asks for,
/// headers at once and the body through a <see cref="ScriptedBodyStream"/>.</summary>
internal sealed class ReplayHandler(Scenario scenario, CancellationToken serverShutdown) : HttpMessageHandler
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Read the upload as a server would before it answers.
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        Interlocked.Increment(ref _requests);
        var reply = scenario.ReplyFor(request.RequestUri!);
        var content = new StreamContent(new ScriptedBodyStream(reply, serverShutdown));
        if (reply.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", reply.ContentType);
        }

        if (reply.ContentEncoding is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Encoding", reply.ContentEncoding);
        }

        if (reply.End == BodyEnd.Drop)
        {
            content.Headers.ContentLength = reply.Body.Length;
        }

        var response = new HttpResponseMessage((HttpStatusCode)reply.Status) { Content = content, RequestMessage = request };
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
