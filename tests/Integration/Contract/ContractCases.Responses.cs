using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Oai.Responses;

namespace Oai.IntegrationTests.Contract;

/// <summary>The Responses entries of the contract table: every method of <c>client.Responses</c>.</summary>
public static partial class ContractCases
{
    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> ResponseCases() => new(StringComparer.Ordinal)
    {
        ["responses.create minimal"] = async (client, options) =>
            AssertResponse(await client.Responses.CreateAsync(ResponseContractRequests.Minimal(), options)),
        ["responses.create every parameter and input item"] = async (client, options) =>
            AssertResponse(await client.Responses.CreateAsync(ResponseContractRequests.Full(), options)),
        ["responses.create structured, previous response, named function, background"] = async (client, options) =>
            AssertResponse(await client.Responses.CreateAsync(ResponseContractRequests.StructuredContinuation(), options)),
        ["responses.create in a conversation"] = async (client, options) =>
            AssertResponse(await client.Responses.CreateAsync(ResponseContractRequests.InConversation(), options)),
        ["responses.stream every parameter"] = (client, options) =>
            AssertResponseStreamAsync(client.Responses.CreateStreamAsync(ResponseContractRequests.Full(), options)),
        ["responses.retrieve"] = async (client, options) =>
            AssertResponse(await client.Responses.RetrieveAsync("resp_abc123", options)),
        // ../shared/openapi/openapi.yaml gives GET /responses/{id} only an application/json response, so Steady answers
        // the stream request (stream=true&starting_after=7, checked like any other) with one generated response: the
        // client reports that it got JSON, not an event stream. Resumed streams are replayed from a real recording in
        // tests/Unit/Responses/ResponsesClientReplayTests.cs.
        ["responses.retrieve stream after a sequence number"] = async (client, options) =>
        {
            var error = await Assert.ThrowsAsync<OaiStreamException>(async () =>
            {
                await foreach (var _ in client.Responses.RetrieveStreamAsync("resp_abc123", startingAfter: 7, options))
                {
                }
            });
            Assert.EndsWith("the response was application/json, not an event stream (does the server stream this endpoint?).", error.Message, StringComparison.Ordinal);
        },
        ["responses.delete"] = async (client, options) =>
            Assert.NotNull(await client.Responses.DeleteAsync("resp_abc123", options)),
        ["responses.cancel"] = async (client, options) =>
            AssertResponse(await client.Responses.CancelAsync("resp_abc123", options)),
        ["responses.input_items.list first page"] = async (client, options) =>
        {
            await foreach (var page in client.Responses.ListInputItemsAsync("resp_abc123", limit: 5, order: ListOrder.Ascending, include: ["message.input_image.image_url"], options: options).AsPagesAsync())
            {
                AssertPage(page, item => Assert.False(string.IsNullOrEmpty(item.Type), "expected each generated item to carry a type"));
                break;
            }
        },
        ["responses.input_tokens"] = async (client, options) =>
            Assert.True((await client.Responses.CountInputTokensAsync(ResponseContractRequests.Full(), options)).InputTokens >= 0),
        ["responses.compact"] = async (client, options) =>
            Assert.False(string.IsNullOrEmpty((await client.Responses.CompactAsync(ResponseContractRequests.Compact(), options)).Id)),
    };

    private static void AssertResponse(Response response)
    {
        Assert.False(string.IsNullOrEmpty(response.Id), "expected the generated response to carry an id");
        Assert.All(response.Output, item => Assert.False(string.IsNullOrEmpty(item.Type), "expected each generated item to carry a type"));
    }

    /// <summary>Steady frames a stream as <c>event: message</c> events of generated data, then <c>event: done</c> with
    /// <c>{}</c>. The client reads the generated events (a terminal one ends the stream, a generated
    /// <c>response.failed</c> or <c>error</c> throws the API exception with status 200) and fails typed on the
    /// closing event, whose name <c>done</c> disagrees with its (missing) type. The request was checked either way.</summary>
    private static async Task AssertResponseStreamAsync(OaiStream<ResponseStreamEvent> stream)
    {
        var events = new List<ResponseStreamEvent>();
        try
        {
            await foreach (var e in stream)
            {
                events.Add(e);
            }

            Assert.True(events[^1].IsTerminal, "expected a stream that ends without an error to end with its terminal event");
        }
        catch (OaiInvalidResponseException ex)
        {
            Assert.Contains("stream event 'done'", ex.Message, StringComparison.Ordinal);
            Assert.Equal(5, events.Count);
        }
        catch (OaiApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.OK)
        {
            // A generated response.failed or error event, thrown as the service's would be.
        }

        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Type), "expected each generated event to carry a type"));
        Assert.Equal("true", OaiApiException.ReadHeader(stream.ResponseHeaders, "X-Steady-Streaming"));
    }
}
