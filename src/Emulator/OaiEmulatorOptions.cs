using System;
using System.Collections.Generic;

namespace Oai.Emulator;

/// <summary>Settings for an <see cref="OaiEmulator"/>; read once when it starts.</summary>
/// <remarks>Every value has a default that serves the API on a free loopback port with no delays, no rate limit and
/// the real clock. Later changes to this object do not affect an emulator already started.</remarks>
public sealed class OaiEmulatorOptions
{
    /// <summary>Gets or sets whether the emulator runs without sockets: requests go through an in-memory handler, so
    /// only clients from <see cref="OaiEmulator.CreateClient"/> and <see cref="OaiEmulator.CreateHandler"/> reach it
    /// (default false: a loopback port any HTTP client can call).</summary>
    public bool InMemory { get; set; }

    /// <summary>Gets or sets the loopback port to listen on; 0 (the default) takes a free one.</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets the emulator's clock: fine-tuning progress, file expiry, rate-limit windows and stream
    /// delays all follow it, so a test can pass a fake one and advance it (default: the system clock).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the wait before the first chunk of every stream (default none).</summary>
    public TimeSpan FirstChunkDelay { get; set; }

    /// <summary>Gets or sets the wait between the chunks of every stream (default none).</summary>
    public TimeSpan ChunkDelay { get; set; }

    /// <summary>Gets or sets the time one fine-tuning step takes on the emulator's clock (default 1 second).</summary>
    /// <remarks>A job validates its files for one step, is queued for one step, then trains for
    /// <see cref="FineTuningSteps"/> steps: with 100 ms a job runs to its end in about a second.</remarks>
    public TimeSpan FineTuningStep { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how many training steps a fine-tuning job runs (default 12, over 3 epochs, with a
    /// checkpoint at the end of each epoch).</summary>
    public int FineTuningSteps { get; set; } = 12;

    /// <summary>Gets the model ids the emulator accepts; any other answers 404 <c>model_not_found</c>, as the service
    /// does. Models created by fine-tuning jobs are added as the jobs succeed.</summary>
    public ICollection<string> Models { get; } = new List<string>(DefaultModels);

    /// <summary>Gets or sets how many of the most recent requests <see cref="OaiEmulator.Requests"/> keeps (default
    /// 10,000; 0 keeps none), so a long-running emulator's memory stays bounded.</summary>
    public int RequestLogLimit { get; set; } = 10_000;

    /// <summary>Gets or sets the requests-per-minute budget; null (the default) sets none.</summary>
    /// <remarks>Over budget, a request is answered 429 <c>rate_limit_exceeded</c> with <c>Retry-After</c> and the
    /// <c>x-ratelimit-*</c> headers; the budget refills continuously on the emulator's clock.</remarks>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Gets or sets the tokens-per-minute budget (prompt tokens, estimated as the service does: about four
    /// characters a token); null (the default) sets none.</summary>
    public int? TokensPerMinute { get; set; }

    /// <summary>Gets or sets a real service to forward every request to (proxy mode), for example
    /// <c>https://api.openai.com/v1/</c>; null (the default) serves the emulated API.</summary>
    public Uri? Upstream { get; set; }

    /// <summary>Gets or sets the API key sent to <see cref="Upstream"/>; null falls back to <c>OPENAI_API_KEY</c>.
    /// Callers of the emulator send any key: theirs is never forwarded.</summary>
    public string? UpstreamApiKey { get; set; }

    /// <summary>Gets or sets the file that proxy mode records its exchanges to, with the <c>Authorization</c> header
    /// and every occurrence of the key removed; null records nothing.</summary>
    public string? RecordPath { get; set; }

    /// <summary>Gets or sets a file recorded with <see cref="RecordPath"/> to replay: each request is answered with the
    /// next recorded exchange of the same method and path, streams with their recorded timing.</summary>
    public string? ReplayPath { get; set; }

    internal static IReadOnlyList<string> DefaultModels { get; } =
    [
        "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-5", "gpt-5-mini", "gpt-5-nano",
        "o3", "o4-mini", "gpt-3.5-turbo", "gpt-3.5-turbo-0125", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-08-06", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-3.5-turbo-instruct", "davinci-002", "babbage-002",
        "text-embedding-3-small", "text-embedding-3-large", "text-embedding-ada-002",
    ];
}
