using System;
using System.Text;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Chat;

public class ChatMessageJsonTests
{
    private static string Messages(params ChatMessage[] messages) => RequestJson.Property(RequestJson.With(messages), "messages")!;

    [Fact]
    public void System_developer_and_user_text_messages_are_sent_with_their_role_and_string_content()
    {
        var json = Messages(ChatMessage.System("Be brief."), ChatMessage.Developer("Answer in French."), ChatMessage.User("Hi"));

        Assert.Equal(
            """[{"role":"system","content":"Be brief."},{"role":"developer","content":"Answer in French."},{"role":"user","content":"Hi"}]""",
            json);
    }

    [Fact]
    public void A_message_name_is_sent_when_set()
    {
        var json = Messages(ChatMessage.User("Hi") with { Name = "alice" });

        RequestJson.Equal("""[{"role":"user","name":"alice","content":"Hi"}]""", json);
    }

    [Fact]
    public void Developer_message_with_text_parts_is_sent_as_an_array()
    {
        var json = Messages(new DeveloperChatMessage { Content = new[] { ChatContentPart.Text("Rule one."), ChatContentPart.Text("Rule two.") } });

        Assert.Equal(
            """[{"role":"developer","content":[{"type":"text","text":"Rule one."},{"type":"text","text":"Rule two."}]}]""",
            json);
    }

    [Fact]
    public void Multi_part_user_content_sends_each_part_shape()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47];
        byte[] wav = Encoding.ASCII.GetBytes("RIFF");
        byte[] pdf = Encoding.ASCII.GetBytes("%PDF");

        var json = Messages(ChatMessage.User(
            ChatContentPart.Text("What is in these?"),
            ChatContentPart.ImageUrl("https://example.com/cat.png", ImageDetail.High),
            ChatContentPart.ImageUrl(new Uri("https://example.com/dog.jpg")),
            ChatContentPart.ImageBytes(png, "image/png", ImageDetail.Low),
            ChatContentPart.InputAudio(wav, ChatInputAudioFormat.Wav),
            ChatContentPart.File("file-abc123"),
            ChatContentPart.FileData(pdf, "report.pdf")));

        Assert.Equal(
            "[{\"role\":\"user\",\"content\":["
            + """{"type":"text","text":"What is in these?"},"""
            + """{"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"high"}},"""
            + """{"type":"image_url","image_url":{"url":"https://example.com/dog.jpg"}},"""
            + """{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw==","detail":"low"}},"""
            + """{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}},"""
            + """{"type":"file","file":{"file_id":"file-abc123"}},"""
            + """{"type":"file","file":{"file_data":"data:application/pdf;base64,JVBERg==","filename":"report.pdf"}}"""
            + "]}]",
            json);
    }

    [Fact]
    public void Assistant_message_with_tool_calls_and_no_content_omits_content()
    {
        var json = Messages(ChatMessage.Assistant(
        [
            ChatToolCall.Function("call_1", "get_weather", """{"city":"Paris"}"""),
            ChatToolCall.Custom("call_2", "run_sql", "SELECT 1"),
        ]));

        Assert.Equal(
            """[{"role":"assistant","tool_calls":[{"type":"function","id":"call_1","function":{"name":"get_weather","arguments":"{\u0022city\u0022:\u0022Paris\u0022}"}},{"type":"custom","id":"call_2","custom":{"name":"run_sql","input":"SELECT 1"}}]}]""",
            json);
    }

    [Fact]
    public void Assistant_message_with_text_refusal_and_audio_is_sent_as_set()
    {
        var json = Messages(
            ChatMessage.Assistant("Hello!"),
            new AssistantChatMessage { Refusal = "I can't help with that.", Audio = new ChatAssistantAudio { Id = "audio_1" } },
            new AssistantChatMessage { Content = new ChatContentPart[] { ChatContentPart.Text("Part"), ChatContentPart.Refusal("No") } });

        RequestJson.Equal(
            """
            [{"role":"assistant","content":"Hello!"},
             {"role":"assistant","refusal":"I can't help with that.","audio":{"id":"audio_1"}},
             {"role":"assistant","content":[{"type":"text","text":"Part"},{"type":"refusal","refusal":"No"}]}]
            """,
            json);
    }

    [Fact]
    public void Tool_message_carries_the_tool_call_id_and_content()
    {
        var json = Messages(ChatMessage.Tool("call_1", """{"temp_c":21}"""));

        RequestJson.Equal("""[{"role":"tool","content":"{\"temp_c\":21}","tool_call_id":"call_1"}]""", json);
    }

    [Fact]
    public void Message_content_converts_from_a_string_and_reads_back_both_shapes()
    {
        ChatMessageContent text = "plain";
        var parts = new ChatMessageContent([ChatContentPart.Text("a")]);

        Assert.Equal("plain", text.Text);
        Assert.Null(text.Parts);
        Assert.Null(parts.Text);
        Assert.Equal(ChatContentPart.Text("a"), Assert.Single(parts.Parts!));
    }

    [Fact]
    public void A_reply_echoed_back_sends_its_tool_calls_as_they_came_unknown_kinds_included()
    {
        var reply = System.Text.Json.JsonSerializer.Deserialize("""
            {"role":"assistant","content":null,"tool_calls":[
              {"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}},
              {"id":"call_2","type":"mystery","mystery":{"x":1}}]}
            """, RecordsJsonContext.Default.ChatCompletionMessage)!;

        var json = Messages(ChatMessage.Assistant(reply));

        Assert.Equal(
            """[{"role":"assistant","tool_calls":[{"type":"function","id":"call_1","function":{"name":"f","arguments":"{}"}},{"id":"call_2","type":"mystery","mystery":{"x":1}}]}]""",
            json);
    }
}
