using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Oai.Benchmarks.Support;

/// <summary>Where a scenario's bytes go, by type: the runtime's sampled allocation events (GCAllocationTick, one per
/// about 100 KB allocated, with the type that crossed the line) tallied over many operations of one benchmark method,
/// the same events <c>dotnet-trace</c> and BenchmarkDotNet's EventPipeProfiler record.</summary>
public static class AllocationProfile
{
    public static async Task<string> RunAsync(string name, int operations)
    {
        var (type, method) = Quick.Find(name);
        using var listener = new TickListener();
        var figure = await Quick.MeasureAsync(type, method, 3).ConfigureAwait(false);
        listener.Reset();
        await Quick.RepeatAsync(type, method, operations).ConfigureAwait(false);
        var ticks = listener.Snapshot();
        var total = ticks.Values.Sum();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{type.Name}.{method.Name}: {figure.Bytes:N0} B per operation; {total:N0} B sampled over {operations:N0} calls");
        foreach (var (typeName, bytes) in ticks.OrderByDescending(t => t.Value).Take(40))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{bytes * 100.0 / total,6:0.0}%  ~{figure.Bytes * bytes / total,8:N0} B/op  {typeName}");
        }

        return text.ToString();
    }

    private sealed class TickListener : EventListener
    {
        private readonly Dictionary<string, long> _bytes = [];

        public void Reset()
        {
            lock (_bytes)
            {
                _bytes.Clear();
            }
        }

        public Dictionary<string, long> Snapshot()
        {
            lock (_bytes)
            {
                return new Dictionary<string, long>(_bytes);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1 /* GC */);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } eventName || !eventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            {
                return;
            }

            var names = eventData.PayloadNames!;
            var typeName = eventData.Payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = names.IndexOf("AllocationAmount64") is >= 0 and var i ? Convert.ToInt64(eventData.Payload[i], CultureInfo.InvariantCulture) : 100_000;
            lock (_bytes)
            {
                _bytes[typeName] = _bytes.GetValueOrDefault(typeName) + amount;
            }
        }
    }
}
