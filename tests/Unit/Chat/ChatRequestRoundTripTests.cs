using System.Text.Json;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Chat;

public class ChatRequestRoundTripTests
{
    [Fact]
    public void A_request_read_back_from_its_json_writes_the_same_json()
    {
        var request = new ChatCompletionRequest
        {
            Model = "gpt-4o",
            Messages =
            [
                ChatMessage.System("Be brief."),
                ChatMessage.User(ChatContentPart.Text("Look"), ChatContentPart.ImageUrl("https://example.com/a.png", ImageDetail.Auto)),
                ChatMessage.Assistant([ChatToolCall.Function("call_1", "f", "{}")]),
                ChatMessage.Tool("call_1", "done"),
            ],
            Tools = [ChatTool.Function("f", "d", """{"type":"object"}""", strict: true)],
            ResponseFormat = ChatResponseFormat.JsonSchema("s", """{"type":"object"}"""),
            Stop = ["x"],
        };
        string[] choices =
        [
            "\"required\"",
            """{"type":"function","function":{"name":"f"}}""",
            """{"type":"custom","custom":{"name":"c"}}""",
            """{"type":"allowed_tools","allowed_tools":{"mode":"auto","tools":[{"type":"function","function":{"name":"f"}}]}}""",
        ];

        foreach (var choice in choices)
        {
            var json = RequestJson.Serialize(request with
            {
                ToolChoice = JsonSerializer.Deserialize(choice, ClientJsonContext.Default.ChatToolChoice),
            });

            var readBack = JsonSerializer.Deserialize(json, ClientJsonContext.Default.ChatCompletionRequest)!;

            Assert.Equal(json, RequestJson.Serialize(readBack));
            Assert.Contains(choice, json, System.StringComparison.Ordinal);
        }
    }
}
