using System;
using System.Text.Json;

namespace Oai;

/// <summary>Reads a <see cref="CompletionUsage"/> and its details by hand, as the source-generated serializer reads
/// them (<see cref="RecordReader"/>): every whole chat completion and the last chunk of a stream carry one.</summary>
internal static class CompletionUsageReader
{
    /// <summary>Reads the usage the reader is on; null for a JSON <c>null</c>.</summary>
    public static CompletionUsage? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var fields = default(UsageFields);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.CompletionUsage", ref fields);
        return new CompletionUsage
        {
            ReportedPromptTokens = fields.Prompt,
            ReportedCompletionTokens = fields.Completion,
            ReportedTotalTokens = fields.Total,
            PromptTokensDetails = fields.PromptDetails,
            CompletionTokensDetails = fields.CompletionDetails,
            AdditionalProperties = unknown,
        };
    }

    private static PromptTokensDetails? PromptDetails(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var fields = default(PromptDetailsFields);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.PromptTokensDetails", ref fields);
        return new PromptTokensDetails { ReportedCachedTokens = fields.Cached, ReportedAudioTokens = fields.Audio, AdditionalProperties = unknown };
    }

    private static CompletionTokensDetails? CompletionDetails(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var fields = default(CompletionDetailsFields);
        var unknown = RecordReader.Fields(ref reader, json, "Oai.CompletionTokensDetails", ref fields);
        return new CompletionTokensDetails
        {
            ReportedReasoningTokens = fields.Reasoning,
            ReportedAudioTokens = fields.Audio,
            ReportedAcceptedPredictionTokens = fields.Accepted,
            ReportedRejectedPredictionTokens = fields.Rejected,
            AdditionalProperties = unknown,
        };
    }

    private struct UsageFields : IRecordFields
    {
        public int? Prompt, Completion, Total;
        public PromptTokensDetails? PromptDetails;
        public CompletionTokensDetails? CompletionDetails;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (RecordReader.Name(ref reader, "prompt_tokens"u8))
            {
                Prompt = RecordReader.Int32OrNull(ref reader);
            }
            else if (RecordReader.Name(ref reader, "completion_tokens"u8))
            {
                Completion = RecordReader.Int32OrNull(ref reader);
            }
            else if (RecordReader.Name(ref reader, "total_tokens"u8))
            {
                Total = RecordReader.Int32OrNull(ref reader);
            }
            else if (RecordReader.Name(ref reader, "prompt_tokens_details"u8))
            {
                PromptDetails = CompletionUsageReader.PromptDetails(ref reader, json);
            }
            else if (RecordReader.Name(ref reader, "completion_tokens_details"u8))
            {
                CompletionDetails = CompletionUsageReader.CompletionDetails(ref reader, json);
            }
            else
            {
                return false;
            }

            return true;
        }
    }

    private struct PromptDetailsFields : IRecordFields
    {
        public int? Cached, Audio;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (RecordReader.Name(ref reader, "cached_tokens"u8))
            {
                Cached = RecordReader.Int32OrNull(ref reader);
            }
            else if (RecordReader.Name(ref reader, "audio_tokens"u8))
            {
                Audio = RecordReader.Int32OrNull(ref reader);
            }
            else
            {
                return false;
            }

            return true;
        }
    }

    private struct CompletionDetailsFields : IRecordFields
    {
        public int? Reasoning, Audio, Accepted, Rejected;

        public bool Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (RecordReader.Name(ref reader, "reasoning_tokens"u8))
            {
                Reasoning = RecordReader.Int32OrNull(ref reader);
            }
            else if (RecordReader.Name(ref reader, "audio_tokens"u8))
            {
                Audio = RecordReader.Int32OrNull(ref reader);
            }
            else if (RecordReader.Name(ref reader, "accepted_prediction_tokens"u8))
            {
                Accepted = RecordReader.Int32OrNull(ref reader);
            }
            else if (RecordReader.Name(ref reader, "rejected_prediction_tokens"u8))
            {
                Rejected = RecordReader.Int32OrNull(ref reader);
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
