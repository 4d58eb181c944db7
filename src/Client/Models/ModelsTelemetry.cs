using Oai.Telemetry;

namespace Oai.Models;

/// <summary>What a Models call contributes to its span: the model asked for is <c>gen_ai.request.model</c> (a start
/// tag), the model the service answered with is <c>gen_ai.response.model</c>.</summary>
internal static class ModelsTelemetry
{
    /// <summary>A retrieved model: its id as the response model.</summary>
    public static void Retrieved(ModelObject model, ResponseInfo info) =>
        info.ObserveHeader(string.Empty, model.Id, serviceTier: null, systemFingerprint: null);
}
