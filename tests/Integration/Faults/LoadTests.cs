using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.Faults;

/// <summary>Many calls through one client: no socket exhaustion, no lost or duplicated results, every span ended.</summary>
[Collection("Telemetry")]
public sealed class LoadTests
{
    [Fact]
    public async Task A_thousand_sequential_and_two_hundred_concurrent_calls_each_get_their_own_answer()
    {
        var model = $"load-{Guid.NewGuid():N}";
        var started = 0;
        var stopped = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Oai.Client",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity => Count(activity, ref started),
            ActivityStopped = activity => Count(activity, ref stopped),
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await FaultServer.StartAsync(Respond.Completion());
        using var client = FaultClients.Create(server);

        var sequentialIds = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            sequentialIds.Add(await CallAsync(client, model, $"s{i}"));
        }

        var sequentialConnections = server.Arrivals.Select(a => a.ConnectionId).Distinct().Count();
        var concurrentIds = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => CallAsync(client, model, $"c{i}")));

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"chatcmpl-s{i}"), sequentialIds);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"chatcmpl-c{i}"), concurrentIds);
        Assert.Equal(1200, server.Requests);
        Assert.Equal(1200, server.Arrivals.Select(a => a.Marker).Distinct().Count());

        // Pooled connections: sequential calls reuse one, concurrent ones open at most one each.
        Assert.True(sequentialConnections <= 2, $"expected the sequential calls to reuse a pooled connection, they used {sequentialConnections}");
        Assert.True(server.Arrivals.Select(a => a.ConnectionId).Distinct().Count() <= 1 + 200, "expected at most one new connection per concurrent call");
        Assert.Equal(1200, Volatile.Read(ref started));
        Assert.Equal(1200, Volatile.Read(ref stopped));

        void Count(Activity activity, ref int counter)
        {
            if (Equals(activity.GetTagItem("gen_ai.request.model"), model))
            {
                Interlocked.Increment(ref counter);
            }
        }
    }

    private static async Task<string> CallAsync(OaiClient client, string model, string marker)
    {
        var options = new RequestOptions { Headers = { ["X-Marker"] = marker } };
        var completion = await client.Chat.Completions.CreateAsync(FaultClients.Request(model), options);
        return completion.Id;
    }
}
