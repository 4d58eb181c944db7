using System.Text.Json;
using Oai.Telemetry;

namespace Oai.UnitTests.Telemetry;

/// <summary>How each kind of captured part is written: text always as a string, tool arguments and results as JSON when
/// they are JSON, media by kind only.</summary>
public sealed class CapturedMessagePartTests
{
    private static JsonElement OnlyPart(CapturedMessages messages)
    {
        using var document = JsonDocument.Parse(messages.ToJson(int.MaxValue));
        return document.RootElement[0].GetProperty("parts")[0].Clone();
    }

    [Theory]
    [InlineData("42")]
    [InlineData("{\"a\":1}")]
    [InlineData("[1,2]")]
    [InlineData("true")]
    public void User_text_that_looks_like_json_stays_a_string(string text)
    {
        var messages = new CapturedMessages();
        messages.AddMessage("user");
        messages.AddText(text);

        var content = OnlyPart(messages).GetProperty("content");

        Assert.True(content.ValueKind == JsonValueKind.String, $"text content should be a JSON string, was {content.ValueKind}: {content.GetRawText()}");
        Assert.Equal(text, content.GetString());
    }

    [Fact]
    public void Tool_arguments_that_are_json_are_embedded_as_json()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("assistant");
        messages.AddToolCall("call_1", "get_weather", """{"city": "Paris"}""");

        var part = OnlyPart(messages);

        Assert.Equal("""{"type":"tool_call","id":"call_1","name":"get_weather","arguments":{"city":"Paris"}}""", part.GetRawText());
    }

    [Fact]
    public void Tool_arguments_that_are_not_json_are_kept_as_the_string_the_model_sent()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("assistant");
        messages.AddToolCall("call_1", "get_weather", """{"city": "Par""");

        var part = OnlyPart(messages);

        Assert.Equal("""{"type":"tool_call","id":"call_1","name":"get_weather","arguments":"{\"city\": \"Par"}""", part.GetRawText());
    }

    [Fact]
    public void A_tool_result_that_is_not_json_is_kept_as_a_string()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("tool");
        messages.AddToolCallResponse("call_1", "21 degrees");

        var part = OnlyPart(messages);

        Assert.Equal("""{"type":"tool_call_response","id":"call_1","response":"21 degrees"}""", part.GetRawText());
    }

    [Fact]
    public void An_image_by_url_is_a_uri_part()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("user");
        messages.AddUri("image", "https://example.com/cat.png");

        var part = OnlyPart(messages);

        Assert.Equal("""{"type":"uri","modality":"image","uri":"https://example.com/cat.png"}""", part.GetRawText());
    }

    [Fact]
    public void Inline_bytes_are_a_blob_part_with_their_mime_type()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("user");
        messages.AddBlob("audio", "audio/wav", "UklGRg==");

        var part = OnlyPart(messages);

        Assert.Equal("""{"type":"blob","modality":"audio","mime_type":"audio/wav","content":"UklGRg=="}""", part.GetRawText());
    }

    [Fact]
    public void An_uploaded_file_is_a_file_part_with_its_id()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("user");
        messages.AddFile("file", "file-abc");

        var part = OnlyPart(messages);

        Assert.Equal("""{"type":"file","modality":"file","file_id":"file-abc"}""", part.GetRawText());
    }

    [Fact]
    public void Reasoning_is_a_reasoning_part()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("assistant", "stop");
        messages.AddReasoning("First, the user wants...");

        var part = OnlyPart(messages);

        Assert.Equal("""{"type":"reasoning","content":"First, the user wants..."}""", part.GetRawText());
    }

    [Fact]
    public void System_instructions_are_a_flat_array_of_parts()
    {
        var messages = new CapturedMessages();
        messages.AddMessage("system");
        messages.AddText("You are terse.");
        messages.AddText("Answer in French.");

        Assert.Equal(
            """[{"type":"text","content":"You are terse."},{"type":"text","content":"Answer in French."}]""",
            messages.ToPartsJson(1024));
    }
}
