using System.Text.Json;

namespace Oai.Emulator.Core;

/// <summary>What the emulator answers when no scripted reply matched, and the usage it reports.</summary>
internal static class Answers
{
    public const string Fingerprint = "fp_emulator";

    /// <summary>The default text: an echo of the last user message (or of the prompt), so a test can tell replies apart.</summary>
    public static string Echo(string? said) =>
        string.IsNullOrEmpty(said) ? "Hello from the OaiEmulator." : $"You said: {said}";

    /// <summary>The text of the last <c>user</c> message, its text parts joined when it has parts.</summary>
    public static string? LastUserText(JsonElement messages)
    {
        string? last = null;
        foreach (var message in messages.EnumerateArray())
        {
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("role", out var role) || role.ValueEquals("user") is false)
            {
                continue;
            }

            if (!message.TryGetProperty("content", out var content))
            {
                continue;
            }

            if (content.ValueKind == JsonValueKind.String)
            {
                last = content.GetString();
            }
            else if (content.ValueKind == JsonValueKind.Array)
            {
                var text = string.Empty;
                foreach (var part in content.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var piece) && piece.ValueKind == JsonValueKind.String)
                    {
                        text += piece.GetString();
                    }
                }

                last = text;
            }
        }

        return last;
    }

    /// <summary>Cuts the text to a token limit (<c>max_tokens</c>, <c>max_completion_tokens</c>): <c>length</c> when cut, else <c>stop</c>.</summary>
    public static (string Text, FinishReason Finish) Limit(string text, JsonElement? maxTokens)
    {
        if (maxTokens is { ValueKind: JsonValueKind.Number } limit && limit.TryGetInt32(out var tokens) && tokens >= 0 && Tokens.Of(text) > tokens)
        {
            return (text[..(tokens * 4)], FinishReason.Length);
        }

        return (text, FinishReason.Stop);
    }

    /// <summary>Whether a stream asked for its usage chunk (<c>stream_options.include_usage</c>).</summary>
    public static bool WantsUsage(EndpointContext context) =>
        context.Optional("stream_options") is { ValueKind: JsonValueKind.Object } options
        && options.TryGetProperty("include_usage", out var include) && include.ValueKind == JsonValueKind.True;

    public static CompletionUsage Usage(int promptTokens, int completionTokens) => new()
    {
        PromptTokens = promptTokens,
        CompletionTokens = completionTokens,
        TotalTokens = promptTokens + completionTokens,
    };
}
