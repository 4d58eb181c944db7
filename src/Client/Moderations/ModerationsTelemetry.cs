using Oai.Telemetry;

namespace Oai.Moderations;

/// <summary>What a moderation call contributes to its span: the response's id and model, never the input or the
/// categories (they describe the content), whatever the content capture setting.</summary>
internal static class ModerationsTelemetry
{
    public static void Response(CreateModerationResponse response, ResponseInfo info) =>
        info.ObserveHeader(response.Id, response.Model, serviceTier: null, systemFingerprint: null);
}
