using System;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Starts emulators for the tests: every behaviour is checked in memory and over a loopback socket.</summary>
internal static class Emulators
{
    public static Task<OaiEmulator> StartAsync(bool inMemory, OaiEmulatorOptions? options = null)
    {
        options ??= new OaiEmulatorOptions();
        options.InMemory = inMemory;
        return OaiEmulator.StartAsync(options);
    }

    /// <summary>A client with no retries, so one call is one request and a scripted fault reaches the caller.</summary>
    public static OaiClient Client(OaiEmulator emulator, TimeSpan? timeout = null) => emulator.CreateClient(options =>
    {
        options.MaxRetries = 0;
        options.Timeout = timeout ?? TimeSpan.FromSeconds(30);
    });

    public static ChatCompletionRequest Chat(string text = "Hello there", string model = "gpt-4o-mini") =>
        new() { Model = model, Messages = [ChatMessage.User(text)] };

    public static ChatCompletionRequest ChatWithTools(string text = "Weather in Paris?") => new()
    {
        Model = "gpt-4o-mini",
        Messages = [ChatMessage.User(text)],
        Tools = [ChatTool.Function("get_weather", "Gets the weather", """{"type":"object","properties":{"city":{"type":"string"}}}""")],
    };
}
