using System;

namespace Oai.UnitTests.Pipeline;

/// <summary>How a message quotes text a server sent: the client's key and anything key-like masked, on one line,
/// trimmed, and cut to a bounded length with an ellipsis that says it was cut.</summary>
public sealed class ServerTextQuotingTests
{
    /// <summary>A 40-character key that looks like no OpenAI key, so only knowing the client's own key can mask it.</summary>
    private const string GatewayKey = "gateway-0123456789abcdefghijklmnopqrstuv";

    [Fact]
    public void A_configured_key_of_six_characters_is_masked_and_a_shorter_one_is_left_alone()
    {
        Assert.Equal("token [redacted] here", ApiKeyRedactor.Redact("token abc123 here", "abc123"));
        Assert.Equal("token abc12 here", ApiKeyRedactor.Redact("token abc12 here", "abc12"));
    }

    [Fact]
    public void The_key_a_401_echoes_is_masked_even_when_it_is_not_an_openai_key()
    {
        var message = "Incorrect API key provided: my-proxy-token-42. You can find your API key at https://platform.openai.com.";

        Assert.Equal(
            "Incorrect API key provided: [redacted]. You can find your API key at https://platform.openai.com.",
            ApiKeyRedactor.Redact(message));
    }

    [Fact]
    public void Anything_shaped_like_an_openai_key_is_masked_without_knowing_the_key()
    {
        Assert.Equal("proxy saw [redacted] in the header", ApiKeyRedactor.Redact("proxy saw sk-proj-Ab3_x-Yz9 in the header"));
    }

    [Fact]
    public void A_value_of_exactly_the_limit_is_quoted_whole()
    {
        var value = new string('v', ApiKeyRedactor.MaxQuoted);

        Assert.Equal(value, ApiKeyRedactor.Quote(value));
    }

    [Fact]
    public void A_longer_value_is_cut_to_the_limit_and_an_ellipsis()
    {
        Assert.Equal(new string('v', 256) + "...", ApiKeyRedactor.Quote(new string('v', 300)));
    }

    [Fact]
    public void Line_breaks_become_spaces_and_the_ends_are_trimmed()
    {
        Assert.Equal("first line second third", ApiKeyRedactor.Quote("  first line\r\nsecond\nthird \n"));
    }

    [Fact]
    public void Json_escapes_are_decoded_and_control_or_half_characters_become_a_question_mark()
    {
        Assert.Equal("Ab?c?d", ApiKeyRedactor.Quote("\\u0041b\\u0007c\\ud83dd"));
    }

    [Fact]
    public void A_key_straddling_the_cut_is_masked_whole_not_quoted_in_part()
    {
        var value = new string('a', 250) + GatewayKey + " and more";

        var quoted = ApiKeyRedactor.Quote(value, GatewayKey);

        Assert.Equal(new string('a', 250) + "[redac...", quoted);
    }

    [Fact]
    public void A_key_that_masking_pulls_into_the_quoted_part_was_masked_too()
    {
        // Masking the first key shortens the text by 30 characters, which brings the start of the second, 281
        // characters in, inside the 256 quoted: it must have been masked as well.
        var value = GatewayKey + new string('b', 241) + GatewayKey + new string('c', 100);

        var quoted = ApiKeyRedactor.Quote(value, GatewayKey);

        Assert.Equal("[redacted]" + new string('b', 241) + "[reda...", quoted);
        Assert.DoesNotContain("gateway", quoted, StringComparison.Ordinal);
    }
}
