using System;
using System.Text.Json;
using Oai.Chat;
using Oai.Embeddings;

namespace Oai.UnitTests.Responses;

/// <summary>Records print what a person wants to see in a log line: counts for lists, a vector's length, nothing for
/// what is empty.</summary>
public sealed class RecordPrintingTests
{
    [Fact]
    public void A_chat_completion_prints_its_identity_and_counts_not_type_names_or_blanks()
    {
        var completion = JsonSerializer.Deserialize("""
            {"id":"chatcmpl-1","object":"chat.completion","created":1770950813,"model":"gpt-4o-mini",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hi","refusal":null},"finish_reason":"stop"}],"service_tier":"default"}
            """, RecordsJsonContext.Default.ChatCompletion)!;

        Assert.Equal(
            "ChatCompletion { Id = chatcmpl-1, Object = chat.completion, CreatedAt = 2026-02-13T02:46:53+00:00, Model = gpt-4o-mini, Choices = [1], ServiceTier = default }",
            completion.ToString());
        Assert.Equal(
            "ChatChoice { Index = 0, FinishReason = stop, Message = ChatCompletionMessage { Role = assistant, Content = Hi } }",
            completion.Choices[0].ToString());
    }

    [Fact]
    public void An_embedding_prints_its_vector_as_a_length()
    {
        var embedding = new Embedding { Index = 2, Vector = new float[3072] };

        Assert.Equal("Embedding { Index = 2, Object = embedding, Vector = [3072 floats] }", embedding.ToString());
    }
}
