using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>The standalone program: its command line, and the program itself serving a chat on the port it prints.</summary>
public sealed class EmulatorProgramTests
{
    [Fact]
    public void The_command_line_sets_the_options_and_rejects_what_it_does_not_know()
    {
        var options = Program.Parse(["--port", "8080", "--chunk-delay-ms", "20", "--fine-tuning-step-ms", "100", "--rpm", "3", "--replay", "s.json"])!;

        Assert.Equal(8080, options.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(20), options.ChunkDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.FineTuningStep);
        Assert.Equal(3, options.RequestsPerMinute);
        Assert.Equal("s.json", options.ReplayPath);
        Assert.Equal(0, options.RequestLogLimit);
        Assert.Null(Program.Parse(["--help"]));
        Assert.Equal("Unknown option --nope.", Assert.Throws<FormatException>(() => Program.Parse(["--nope", "1"])).Message);
        Assert.Equal("--port needs a whole number, got 'x'.", Assert.Throws<FormatException>(() => Program.Parse(["--port", "x"])).Message);
        Assert.Equal("--port needs a value.", Assert.Throws<FormatException>(() => Program.Parse(["--port"])).Message);
    }

    [Fact]
    public async Task The_program_prints_its_base_url_and_serves_there()
    {
        var assembly = typeof(OaiEmulator).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("dotnet", [assembly, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(first);
            Assert.Matches(@"^OaiEmulator listening on http://127\.0\.0\.1:\d+/v1/$", first);
            var baseUrl = new Uri(first!["OaiEmulator listening on ".Length..]);

            using var http = new HttpClient();
            using var response = await http.PostAsync(new Uri(baseUrl, "chat/completions"), new StringContent("""{"model":"gpt-4o","messages":[{"role":"user","content":"ping"}]}"""));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("\"content\":\"You said: ping\"", body);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
