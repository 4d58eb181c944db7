using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.Samples;

/// <summary>The README's first command, <c>dotnet run --project samples/Quickstart</c>, run as a process with no
/// <c>OPENAI_API_KEY</c>: it must do the whole main job on the emulator and print it. Checks every value the emulator
/// makes deterministic (scripted texts, token counts, vectors, training events) and the shape of the rest (ids,
/// timings, the number of polls).</summary>
public sealed class QuickstartSampleTests
{
    private const string Duration = @"\s+\d+(\.\d\d s| ms)";

    [Fact]
    public async Task Without_a_key_the_sample_runs_the_main_job_on_the_emulator_and_prints_its_trace()
    {
        var (exitCode, output, errors) = await RunSampleAsync(new Dictionary<string, string?>());

        Assert.True(exitCode == 0, $"The sample exited with {exitCode}.\nstdout:\n{output}\nstderr:\n{errors}");
        Assert.Equal(string.Empty, errors);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var at = 0;
        string Next() => at < lines.Length ? lines[at++] : throw new Xunit.Sdk.XunitException($"The output ended early:\n{output}");
        Match Expect(string pattern)
        {
            var line = Next();
            var match = Regex.Match(line, "^" + pattern + "$");
            Assert.True(match.Success, $"Line {at} was\n{line}\nexpected to match\n{pattern}\nin\n{output}");
            return match;
        }

        Expect(@"No OPENAI_API_KEY: calling the OaiEmulator, started in this process at http://127\.0\.0\.1:\d+/v1/");
        Assert.Equal("chat:   Because the first words show up while the rest is still being written.", Next());
        Expect(@"        first token after \d+ ms; 21 prompt \+ 18 completion tokens; finish reason stop; model gpt-4o-mini");
        Assert.Equal("""tool:   get_weather({"city":"Paris"}), folded from 6 chunks""", Next());
        Assert.Equal("""embed:  "The cat sat on the mat." ~ "A cat was sitting on the mat.": similarity 0.699 (1536 dimensions, 14 tokens)""", Next());
        var file = Expect(@"file:   uploaded quickstart-training\.jsonl as (file-[A-Za-z0-9]{22}) \(980 bytes, purpose fine-tune\)").Groups[1].Value;
        var job = Expect(@"tune:   job (ftjob-[A-Za-z0-9]{24}) created, validating_files").Groups[1].Value;
        string[] events =
        [
            $"Created fine-tuning job: {job}",
            $"Validating training file: {file}",
            "Files validated, moving job to queued state",
            "Fine-tuning job started",
            "Step 1/6: training loss=1.5576",
            "Step 2/6: training loss=1.2131",
            "Checkpoint created at step 2",
            "Step 3/6: training loss=0.9447",
            "Step 4/6: training loss=0.7358",
            "Checkpoint created at step 4",
            "Step 5/6: training loss=0.5730",
            "Step 6/6: training loss=0.4463",
            "Checkpoint created at step 6",
            $"New fine-tuned model created: ft:gpt-4o-mini-2024-07-18:emulator:quickstart:{job[^8..]}",
            "The job has successfully completed",
        ];
        foreach (var message in events)
        {
            Assert.Equal($"        [info] {message}", Next());
        }

        Assert.Equal($"tune:   succeeded: ft:gpt-4o-mini-2024-07-18:emulator:quickstart:{job[^8..]} (735 trained tokens)", Next());
        Assert.Equal(string.Empty, Next());

        var spanCount = int.Parse(Expect(@"Trace [0-9a-f]{32} \((\d+) spans\):").Groups[1].Value);
        Expect("quickstart" + Duration);
        Expect(@"├─ chat gpt-4o-mini" + Duration + @"  first_chunk=\d+(ms|\.\d\ds) in=21 out=18 finish=stop");
        Expect(@"├─ chat gpt-4o-mini" + Duration + @"  first_chunk=\d+(ms|\.\d\ds) in=11 out=7 finish=tool_calls");
        Expect(@"├─ embeddings text-embedding-3-small" + Duration + "  in=14 dims=1536");
        Expect(@"├─ files\.create" + Duration + $"  file={file} bytes=980");
        Expect(@"├─ fine_tuning\.jobs\.create gpt-4o-mini-2024-07-18" + Duration + $"  job={job} status=validating_files");
        Expect(@"├─ fine_tuning\.jobs\.wait" + Duration + $"  job={job} status=succeeded trained=735");
        var polls = Expect(@"│  ├─ fine_tuning\.jobs\.retrieve( ×(\d+))?" + Duration + $"  job={job} status=succeeded trained=735").Groups[2].Value;
        var pollCount = polls.Length == 0 ? 1 : int.Parse(polls);
        Expect(@"│  └─ fine_tuning\.jobs\.list_events" + (pollCount == 1 ? string.Empty : $" ×{pollCount}") + Duration + $"  job={job}");
        Expect(@"└─ files\.delete" + Duration + $"  file={file}");
        Assert.True(at == lines.Length, $"Unexpected lines after the span tree:\n{output}");

        // The run's span, six calls, the wait, its polls (a retrieve and an events page each) and the delete.
        Assert.Equal(1 + 6 + 1 + (2 * pollCount), spanCount);
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_the_sample_also_sends_its_spans_there_with_the_configured_headers()
    {
        var exports = new List<(string Path, string? ContentType, string? Authorization, string? Parent, byte[] Body)>();
        await using var collector = await LoopbackServer.StartAsync(async (context, _) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            lock (exports)
            {
                exports.Add((context.Request.Path, context.Request.ContentType, context.Request.Headers.Authorization,
                    context.Request.Headers["x-bt-parent"], body.ToArray()));
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
        });
        var endpoint = collector.BaseUrl.GetLeftPart(UriPartial.Authority);

        var (exitCode, output, errors) = await RunSampleAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_EXPORTER_OTLP_HEADERS"] = "Authorization=Bearer collector-key,x-bt-parent=project_name:quickstart",
        });

        Assert.True(exitCode == 0, $"The sample exited with {exitCode}.\nstdout:\n{output}\nstderr:\n{errors}");
        Assert.EndsWith($"The same spans were sent to {endpoint}.", output.TrimEnd());
        Assert.NotEmpty(exports);
        Assert.All(exports, export =>
        {
            Assert.Equal("/v1/traces", export.Path);
            Assert.Equal("application/x-protobuf", export.ContentType);
            Assert.Equal("Bearer collector-key", export.Authorization);
            Assert.Equal("project_name:quickstart", export.Parent);
        });

        // Protobuf keeps strings as they are: every span's name is in the exported bytes.
        var sent = string.Concat(exports.Select(export => System.Text.Encoding.UTF8.GetString(export.Body)));
        foreach (var name in new[] { "quickstart", "chat gpt-4o-mini", "embeddings text-embedding-3-small", "files.create", "fine_tuning.jobs.create gpt-4o-mini-2024-07-18", "fine_tuning.jobs.wait", "fine_tuning.jobs.retrieve", "fine_tuning.jobs.list_events", "files.delete" })
        {
            Assert.Contains(name, sent, StringComparison.Ordinal);
        }
    }

    /// <summary>Runs the built sample (<c>dotnet Quickstart.dll</c>, the same configuration as these tests) without
    /// OPENAI_API_KEY or any OTEL_ variable of the machine, plus <paramref name="environment"/>.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunSampleAsync(Dictionary<string, string?> environment)
    {
        // tests/Integration/bin/<configuration>/<tfm>/ -> samples/Quickstart/bin/<configuration>/<tfm>/Quickstart.dll
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = testOutput.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var sample = Path.Combine(root, "samples", "Quickstart", "bin", testOutput.Parent.Name, testOutput.Name, "Quickstart.dll");
        Assert.True(File.Exists(sample), $"The sample is not built at {sample}.");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(sample);
        start.Environment.Remove("OPENAI_API_KEY");
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            // Generous: the machine may be busy; the run itself takes a few seconds.
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample did not finish within 3 minutes. Output so far:\n{await output}");
        }

        return (process.ExitCode, await output, await errors);
    }
}
