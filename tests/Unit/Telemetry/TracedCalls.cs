using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.UnitTests.Telemetry;

/// <summary>Runs calls with the real OpenTelemetry SDK listening and returns one test's spans: the calls pass
/// <see cref="Options"/>, which tags their spans with the test's id.</summary>
internal sealed class TracedCalls
{
    private const string TestIdTag = "test.id";

    private readonly string _testId = Guid.NewGuid().ToString("N");

    /// <summary>Per-call options that mark a span as this test's.</summary>
    public RequestOptions Options() => new() { SpanAttributes = { [TestIdTag] = _testId } };

    /// <summary>Runs the calls and returns this test's spans, in the order they ended.</summary>
    public async Task<List<Activity>> TraceAsync(Func<Task> calls)
    {
        var exported = new List<Activity>();
        using (var provider = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(exported).Build())
        {
            await calls();
            provider.ForceFlush();
        }

        return exported.Where(a => a.GetTagItem(TestIdTag) as string == _testId).ToList();
    }

    /// <summary>A span's attributes without the test's own tag.</summary>
    public static Dictionary<string, object?> Tags(Activity activity) =>
        activity.TagObjects.Where(t => t.Key != TestIdTag).ToDictionary(t => t.Key, t => t.Value);

    /// <summary>The attributes every call to the test server carries.</summary>
    public static Dictionary<string, object?> Common(string operation) => new()
    {
        ["gen_ai.operation.name"] = operation,
        ["gen_ai.provider.name"] = "openai",
        ["server.address"] = "api.test.local",
        ["server.port"] = 443,
    };
}
