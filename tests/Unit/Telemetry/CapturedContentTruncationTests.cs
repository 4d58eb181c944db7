using System;
using System.Linq;
using System.Text;
using Oai.Telemetry;

namespace Oai.UnitTests.Telemetry;

/// <summary>Captured message content over the size limit: every content is cut to the largest common length that fits
/// (keeping its beginning, ending in the marker, never splitting a character), and only when even that cannot fit are
/// messages dropped from the end.</summary>
public sealed class CapturedContentTruncationTests
{
    private const string Marker = CapturedMessages.TruncationMarker;

    /// <summary>One user message with the given text parts.</summary>
    private static CapturedMessages User(params string[] texts)
    {
        var messages = new CapturedMessages();
        messages.AddMessage("user");
        foreach (var text in texts)
        {
            messages.AddText(text);
        }

        return messages;
    }

    /// <summary>The JSON a user message with these (plain ASCII) text parts is written as.</summary>
    private static string UserJson(params string[] texts) =>
        "{\"role\":\"user\",\"parts\":[" + string.Join(",", texts.Select(t => "{\"type\":\"text\",\"content\":\"" + t + "\"}")) + "]}";

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>The size of a user message's JSON with empty contents: what the cut contents are added to.</summary>
    private static int Frame(int parts) => Bytes("[" + UserJson(Enumerable.Repeat(string.Empty, parts).ToArray()) + "]");

    [Fact]
    public void Content_that_fits_exactly_is_written_whole()
    {
        const string Text = "The quick brown fox jumps over the lazy dog";
        var whole = "[" + UserJson(Text) + "]";

        Assert.Equal(whole, User(Text).ToJson(Bytes(whole)));
    }

    [Fact]
    public void One_byte_too_many_cuts_the_content_to_the_longest_beginning_that_fits()
    {
        const string Text = "The quick brown fox jumps over the lazy dog";
        var limit = Bytes("[" + UserJson(Text) + "]") - 1;

        var json = User(Text).ToJson(limit);

        // The marker is 14 bytes, so 42 bytes of room leave 28 characters of the text.
        Assert.Equal("[" + UserJson("The quick brown fox jumps ov" + Marker) + "]", json);
        Assert.Equal(limit, Bytes(json));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(31)]
    [InlineData(50)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(85)]
    public void A_long_content_keeps_exactly_as_many_characters_as_the_limit_leaves_room_for(int room)
    {
        var text = string.Concat(Enumerable.Repeat("0123456789", 10));
        var limit = Frame(parts: 1) + Bytes(Marker) + room;

        var json = User(text).ToJson(limit);

        Assert.Equal("[" + UserJson(text[..room] + Marker) + "]", json);
        Assert.Equal(limit, Bytes(json));
    }

    [Fact]
    public void A_content_the_cut_would_not_shorten_is_kept_whole_beside_a_cut_one()
    {
        // At a common length of 6, "a" x 20 cut would be 6 characters and the 14-byte marker: no shorter than itself.
        var shortOne = new string('a', 20);
        var longOne = new string('b', 100);
        var limit = Frame(parts: 2) + 20 + 6 + Bytes(Marker);

        var json = User(shortOne, longOne).ToJson(limit);

        Assert.Equal("[" + UserJson(shortOne, "bbbbbb" + Marker) + "]", json);
    }

    [Fact]
    public void A_short_part_beside_a_long_one_does_not_get_its_message_dropped()
    {
        // "aaa" and "b" + marker fit exactly; a search misled by cut forms longer than the content they replace
        // used to find no length that fits and drop the whole message, leaving "[]".
        var limit = Frame(parts: 2) + 3 + 1 + Bytes(Marker);

        var json = User("aaa", new string('b', 100)).ToJson(limit);

        Assert.Equal("[" + UserJson("aaa", "b" + Marker) + "]", json);
    }

    [Fact]
    public void A_cut_never_splits_a_character_made_of_two_utf16_units()
    {
        // A common length of 3 would end inside the emoji; that content is cut before it instead, and the other keeps 3.
        var withEmoji = "xy\U0001F600" + new string('z', 50);
        var plain = new string('b', 100);
        var limit = Frame(parts: 2) + 2 + Bytes(Marker) + 3 + Bytes(Marker) + 4;

        var json = User(withEmoji, plain).ToJson(limit);

        Assert.Equal("[" + UserJson("xy" + Marker, "bbb" + Marker) + "]", json);
    }

    [Fact]
    public void When_even_empty_contents_do_not_fit_the_last_message_is_dropped_and_the_rest_kept_whole()
    {
        const string Question = "What is the weather like in Paris today?";
        var messages = User(Question);
        messages.AddMessage("assistant");
        messages.AddToolCall("call_1", new string('n', 500), "{}"); // a name is never cut: this message cannot fit

        var json = messages.ToJson(Bytes("[" + UserJson(Question) + "]"));

        Assert.Equal("[" + UserJson(Question) + "]", json);
    }

    [Fact]
    public void A_limit_too_small_for_any_message_gives_an_empty_json_array()
    {
        Assert.Equal("[]", User("hello").ToJson(1));
    }

    [Fact]
    public void Adding_a_part_before_any_message_is_refused()
    {
        var messages = new CapturedMessages();

        var ex = Assert.Throws<InvalidOperationException>(() => messages.AddText("orphan"));

        Assert.Equal("Add a message first.", ex.Message);
    }
}
