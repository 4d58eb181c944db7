using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Oai.Emulator;

namespace Oai.IntegrationTests.Faults;

/// <summary>The OaiEmulator as the fault tests' server: on a loopback port, so every fault crosses a real socket, with
/// replies numbered like the service's request ids and the error body of the old fault server.</summary>
internal static class FaultEmulator
{
    /// <summary>Starts an emulator that also knows <paramref name="model"/> (a test's unique model, see
    /// <c>SpanCapture</c>), so its own answers accept it.</summary>
    public static Task<OaiEmulator> StartAsync(string model)
    {
        var options = new OaiEmulatorOptions();
        options.Models.Add(model);
        return OaiEmulator.StartAsync(options);
    }

    /// <summary>A client with the client's default settings unless a test changes one.</summary>
    public static OaiClient Client(OaiEmulator emulator, Action<OaiClientOptions>? configure = null) =>
        emulator.CreateClient(options =>
        {
            options.ApiKey = "sk-fault-test-000000000000000000";
            configure?.Invoke(options);
        });

    /// <summary>Queues replies for the next requests in order, the n-th answered with <c>x-request-id: req_n</c>.</summary>
    public static void EnqueueInOrder(this OaiEmulator emulator, params EmulatorReply[] replies)
    {
        for (var i = 0; i < replies.Length; i++)
        {
            var headers = new Dictionary<string, string>(replies[i].Headers ?? new Dictionary<string, string>()) { ["x-request-id"] = $"req_{i + 1}" };
            emulator.Enqueue(replies[i] with { Headers = headers });
        }
    }

    /// <summary>An error status with an error body whose every field names the status, plus any headers.</summary>
    public static EmulatorReply Error(int status, params (string Name, string Value)[] headers) =>
        EmulatorReply.Error(status, new ApiError { Message = $"Fault server error {status}.", Type = $"fault_error_{status}", Param = "messages", Code = $"fault_{status}" }) with
        {
            Headers = headers.ToDictionary(header => header.Name, header => header.Value),
        };

    /// <summary>The time between consecutive requests: the client's wait before each retry (plus the round trip).</summary>
    public static IReadOnlyList<TimeSpan> Gaps(OaiEmulator emulator)
    {
        var requests = emulator.Requests;
        return requests.Zip(requests.Skip(1), (a, b) => b.ReceivedAt - a.ReceivedAt).ToList();
    }
}
