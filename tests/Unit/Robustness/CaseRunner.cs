using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.UnitTests.Robustness;

/// <summary>Runs one case under the oracle: only <see cref="OaiException"/> (or the caller's own cancellation) may
/// escape, nothing may hang, every span must end, the API key must appear nowhere (messages, <c>ToString()</c>, spans,
/// event source), messages stay short, and the outcome matches what the mutation demands.</summary>
internal sealed class CaseRunner(ICaseTransport transport, TelemetryWatch telemetry, string tempDirectory)
{
    /// <summary>The client timeout of a case whose server stalls.</summary>
    public static readonly TimeSpan StallTimeout = TimeSpan.FromMilliseconds(400);

    /// <summary>How long a stalling case may run: its timeout plus a margin for a busy machine.</summary>
    public static readonly TimeSpan StallWatchdog = StallTimeout + TimeSpan.FromSeconds(8);

    /// <summary>How long any other case may run.</summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(20);

    public const int MaxMessageLength = 4096;

    private const string NoLibraryFrame = " (no library frame)";

    /// <summary>Headers this large cannot reach the client over a socket (SocketsHttpHandler's 64 KB header limit).</summary>
    private const int HeaderLimit = 48 * 1024;

    public async Task<IReadOnlyList<Failure>> RunAsync(Scenario scenario)
    {
        var failures = new List<Failure>();
        void Fail(string signature, string detail) => failures.Add(new Failure(signature, detail, scenario));

        var caseId = $"{scenario.Seed}/{scenario.CaseNumber}";
        using var serverShutdown = new CancellationTokenSource();
        using var caller = scenario.CancelAfterMs is { } ms ? new CancellationTokenSource(ms) : null;
        var callerToken = caller?.Token ?? CancellationToken.None;

        var options = new OaiClientOptions
        {
            ApiKey = scenario.ApiKey,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            ContentCapture = scenario.ContentCapture,
        };
        if (scenario.Stalls)
        {
            options.Timeout = StallTimeout;
        }

        var requests = transport.Prepare(scenario, options, serverShutdown.Token);

        var root = telemetry.StartCase(caseId);
        var stopwatch = Stopwatch.StartNew();
        var run = Task.Run(async () =>
        {
            using var client = new OaiClient(options);
            await OperationRunner.RunAsync(client, scenario, tempDirectory, callerToken);
        });

        var watchdog = scenario.Stalls ? StallWatchdog : Watchdog;
        var hung = await Task.WhenAny(run, Task.Delay(watchdog)) != run;
        if (hung)
        {
            Fail($"hang: {ScenarioGenerator.KindOf(scenario.Operation)} operation still running after the watchdog",
                $"{scenario.Operation} was still running after {watchdog.TotalSeconds:0.#} s (client timeout {options.Timeout}); the server then dropped the connection.");
            await serverShutdown.CancelAsync();
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        var elapsed = stopwatch.Elapsed;
        root.Stop();
        Exception? error = null;
        if (run.IsCompleted)
        {
            try
            {
                await run;
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }

        if (!hung)
        {
            var expect = scenario.Expect == Expectation.SuccessIfDecoded
                ? (transport.Decompresses ? Expectation.Success : Expectation.Any)
                : scenario.Expect;
            // Over a socket a request can fail before it reaches the server (a 1 MB id sent back as the next page's
            // cursor makes a URL the server refuses): then no headers came for it, whatever earlier pages got.
            var served = requests();
            var headersArrived = served > 0 && telemetry.HttpAttemptsOf(root) <= served
                && !(transport.DropMayLoseHeaders && scenario.Replies.Any(r => r.End == BodyEnd.Drop));
            CheckOutcome(scenario, expect, error, callerToken.IsCancellationRequested, headersArrived, elapsed, Fail);
        }

        CheckSpans(scenario, telemetry.SpansOf(root), hung, Fail);
        foreach (var record in telemetry.EventsOf(caseId))
        {
            if (record.Name == "TelemetryMappingFailed")
            {
                Fail($"telemetry mapping threw {record.Payload.ElementAtOrDefault(2)} in {record.Payload.ElementAtOrDefault(1)}",
                    $"the Oai-Client event source reported: {string.Join(" | ", record.Payload)}");
            }

            CheckText(scenario, $"event source event {record.Name}", string.Join(" | ", record.Payload.Append(record.Message ?? string.Empty)), Fail);
        }

        return failures;
    }

    private static void CheckOutcome(Scenario scenario, Expectation expect, Exception? error, bool callerCancelled, bool headersArrived, TimeSpan elapsed, Action<string, string> fail)
    {
        if (error is ContractViolationException violation)
        {
            fail(violation.Message, violation.Detail);
        }
        else if (error is not null && error is not OaiException && !(error is OperationCanceledException && callerCancelled))
        {
            var frame = TopLibraryFrame(error);
            fail(
                !frame.EndsWith(NoLibraryFrame, StringComparison.Ordinal)
                    ? $"{error.GetType().FullName} escaped from {frame}"
                    : error is NullReferenceException
                        ? $"NullReferenceException in user code reading a result: a null where the library's types promise none ({frame})"
                        : $"{error.GetType().FullName} in user code reading a result, from a value the library returned ({frame})",
                Shorten(error.ToString(), 3000));
        }

        for (var e = error; e is not null; e = e.InnerException)
        {
            CheckText(scenario, $"{e.GetType().Name}.Message", e.Message, fail);
            if (e.Message.Length > MaxMessageLength)
            {
                fail($"{e.GetType().Name} message longer than {MaxMessageLength} chars", $"{e.Message.Length} chars: {Shorten(e.Message, 300)}");
            }
        }

        if (error is not null)
        {
            CheckText(scenario, "exception ToString()", error.ToString(), fail);
            try
            {
                // What a catch block reads: status, code, request id, rate limits, retry hint, headers.
                UserView.Visit(error);
            }
            catch (Exception ex)
            {
                fail($"reading the {error.GetType().Name}'s properties threw {ex.GetType().FullName} from {TopLibraryFrame(ex)}", Shorten(ex.ToString(), 3000));
            }
        }

        var headersFit = scenario.Replies.All(r => r.LargestHeader < HeaderLimit);
        var outcome = error is null ? "success" : $"{error.GetType().Name}: {Shorten(error.Message, 300)}";
        switch (expect)
        {
            case Expectation.Success when error is not null:
                fail($"{(scenario.Mutations.Count == 0 ? "unmutated recording" : "a correctly encoded body")} failed with {error.GetType().Name}", outcome);
                break;
            case Expectation.ApiError when error is not OaiApiException && (headersFit || error is not OaiConnectionException):
                fail($"an error reply or error event gave {(error is null ? "success" : error.GetType().Name)}, not OaiApiException", outcome);
                break;
            case Expectation.Failure when error is not OaiException:
                fail($"a body that never completes gave {(error is null ? "success" : error.GetType().Name)}, not an OaiException", outcome);
                break;
        }

        if (error is OaiException && error.Message.Contains("before a response arrived", StringComparison.Ordinal) && headersArrived && headersFit)
        {
            fail("message says \"before a response arrived\" although the server sent response headers", outcome);
        }

        if (scenario.Stalls && error is null && elapsed > StallWatchdog)
        {
            fail("stalled call succeeded only after the watchdog", $"{elapsed.TotalSeconds:0.#} s");
        }
    }

    private static void CheckSpans(Scenario scenario, IReadOnlyList<Activity> spans, bool hung, Action<string, string> fail)
    {
        foreach (var span in spans)
        {
            if (!hung && !span.IsStopped)
            {
                fail("span left open after the call ended", $"span {span.DisplayName} started {span.StartTimeUtc:O} was never stopped");
            }

            var name = $"| ({span.OperationName})";
            CheckText(scenario, $"span name {name}", span.DisplayName, fail);
            CheckText(scenario, $"span status description {name}", span.StatusDescription ?? string.Empty, fail);
            if (span.StatusDescription is { Length: > MaxMessageLength } description)
            {
                fail($"span status description longer than {MaxMessageLength} chars", $"{span.DisplayName}: {description.Length} chars");
            }

            foreach (var tag in span.TagObjects)
            {
                CheckText(scenario, $"span tag {tag.Key} {name}", TagText(tag.Value), fail);
            }

            foreach (var ev in span.Events)
            {
                CheckText(scenario, $"span event {name}", ev.Name, fail);
                foreach (var tag in ev.Tags)
                {
                    CheckText(scenario, $"span event {ev.Name} tag {tag.Key} {name}", TagText(tag.Value), fail);
                }
            }

            foreach (var (key, value) in span.Baggage)
            {
                CheckText(scenario, $"span baggage {key} {name}", value ?? string.Empty, fail);
            }
        }
    }

    /// <param name="where">Where the text was found; the part after a '|' (a span's name) varies by case and is left out
    /// of the failure class.</param>
    private static void CheckText(Scenario scenario, string where, string text, Action<string, string> fail)
    {
        var at = text.IndexOf(scenario.ApiKey, StringComparison.Ordinal);
        if (at >= 0)
        {
            var start = Math.Max(0, at - 120);
            var excerpt = text.Substring(start, Math.Min(text.Length - start, 120 + scenario.ApiKey.Length + 60));
            var keyKind = scenario.ApiKey.StartsWith("sk-", StringComparison.Ordinal) ? "sk- key" : "non-sk key";
            fail($"API key ({keyKind}) in {where.Split('|')[0].TrimEnd()}", $"in {where.Replace("|", string.Empty, StringComparison.Ordinal)}: ...{excerpt}...");
        }
    }

    private static string TagText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>()),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The innermost frame of the library (not of the test) in the exception's stack: where the defect is.</summary>
    public static string TopLibraryFrame(Exception error)
    {
        string? innermost = null;
        foreach (var frame in new StackTrace(error, false).GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (type is null)
            {
                continue;
            }

            // Async and iterator state machines are nested types named <Method>d__N.
            var owner = type.Name.StartsWith('<') && type.DeclaringType is { } declaring ? declaring : type;
            var name = type.Name.StartsWith('<') && type.Name.IndexOf('>', StringComparison.Ordinal) > 1
                ? type.Name[1..type.Name.IndexOf('>', StringComparison.Ordinal)]
                : method!.Name;
            if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) > 1)
            {
                // A lambda: <ListEventsAsync>b__17_0 is a lambda inside ListEventsAsync.
                name = $"{name[1..name.IndexOf('>', StringComparison.Ordinal)]} (a lambda)";
            }
            if (owner.Namespace is { } ns && ns.StartsWith("Oai", StringComparison.Ordinal)
                && !ns.StartsWith("Oai.UnitTests", StringComparison.Ordinal) && !ns.StartsWith("Oai.IntegrationTests", StringComparison.Ordinal))
            {
                return $"{owner.Name}.{name}";
            }

            innermost ??= $"{owner.Name}.{name}";
        }

        return $"{innermost ?? "(no frame)"}{NoLibraryFrame}";
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), $"...({text.Length} chars)");
}
