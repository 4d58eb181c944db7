using System.Collections.Generic;
using System.Diagnostics;

namespace Oai.Telemetry;

/// <summary>The request attributes that chat and text completions share (length, sampling, stop, choice count).</summary>
internal static class SamplingTags
{
    /// <summary>Adds each parameter the request set; <c>choice.count</c> only when <paramref name="n"/> is not 1.</summary>
    public static void Add(
        ref TagList tags,
        int? maxTokens,
        double? temperature,
        double? topP,
        double? frequencyPenalty,
        double? presencePenalty,
        long? seed,
        IList<string>? stop,
        int? n)
    {
        if (maxTokens is { } max)
        {
            tags.Add(GenAi.RequestMaxTokens, max);
        }

        AddIfSet(ref tags, GenAi.RequestTemperature, temperature);
        AddIfSet(ref tags, GenAi.RequestTopP, topP);
        AddIfSet(ref tags, GenAi.RequestFrequencyPenalty, frequencyPenalty);
        AddIfSet(ref tags, GenAi.RequestPresencePenalty, presencePenalty);
        if (seed is { } value)
        {
            tags.Add(GenAi.RequestSeed, TagValues.Box(value));
        }

        if (stop is { Count: > 0 })
        {
            var sequences = new string[stop.Count];
            stop.CopyTo(sequences, 0);
            tags.Add(GenAi.RequestStopSequences, sequences);
        }

        if (n is { } count && count != 1)
        {
            tags.Add(GenAi.RequestChoiceCount, count);
        }
    }

    private static void AddIfSet(ref TagList tags, string name, double? value)
    {
        if (value is { } number)
        {
            tags.Add(name, TagValues.Box(number));
        }
    }
}
