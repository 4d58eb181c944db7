using System.Text.Json;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Chat;

public class ChatToolJsonTests
{
    private const string WeatherSchema =
        """{"type":"object","properties":{"city":{"type":"string","description":"City name"},"unit":{"type":"string","enum":["c","f"]}},"required":["city","unit"],"additionalProperties":false}""";

    private static ChatCompletionRequest Minimal => RequestJson.With(ChatMessage.User("Weather in Paris?"));

    [Fact]
    public void Function_tool_schema_is_sent_byte_for_byte()
    {
        var request = Minimal with { Tools = [ChatTool.Function("get_weather", "Gets the weather", WeatherSchema, strict: true)] };

        var tools = RequestJson.Property(request, "tools");

        Assert.Equal(
            "[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"Gets the weather\",\"parameters\":"
            + WeatherSchema + ",\"strict\":true}}]",
            tools);
    }

    [Fact]
    public void Function_tool_from_a_json_element_sends_only_what_is_set()
    {
        using var schema = JsonDocument.Parse(WeatherSchema);
        var request = Minimal with { Tools = [ChatTool.Function("get_weather", null, schema.RootElement), ChatTool.Function("now")] };

        Assert.Equal(
            "[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"parameters\":" + WeatherSchema + "}},"
            + """{"type":"function","function":{"name":"now"}}]""",
            RequestJson.Property(request, "tools"));
    }

    [Fact]
    public void Custom_tools_are_sent_with_their_format()
    {
        var request = Minimal with
        {
            Tools =
            [
                ChatTool.Custom("free"),
                ChatTool.Custom("notes", "Takes notes", ChatCustomToolFormat.Text),
                ChatTool.Custom("digits", null, ChatCustomToolFormat.Regex("^[0-9]+$")),
            ],
        };

        RequestJson.Equal(
            """
            [{"type":"custom","custom":{"name":"free"}},
             {"type":"custom","custom":{"name":"notes","description":"Takes notes","format":{"type":"text"}}},
             {"type":"custom","custom":{"name":"digits","format":{"type":"grammar","grammar":{"definition":"^[0-9]+$","syntax":"regex"}}}}]
            """,
            RequestJson.Property(request, "tools"));
    }

    [Theory]
    [InlineData("none", "\"none\"")]
    [InlineData("auto", "\"auto\"")]
    [InlineData("required", "\"required\"")]
    public void Tool_choice_modes_are_sent_as_strings(string mode, string expected)
    {
        var choice = mode switch { "none" => ChatToolChoice.None, "auto" => ChatToolChoice.Auto, _ => ChatToolChoice.Required };

        Assert.Equal(expected, RequestJson.Property(Minimal with { ToolChoice = choice }, "tool_choice"));
    }

    [Fact]
    public void Tool_choice_objects_are_sent_in_their_shape()
    {
        Assert.Equal(
            """{"type":"function","function":{"name":"get_weather"}}""",
            RequestJson.Property(Minimal with { ToolChoice = ChatToolChoice.ForFunction("get_weather") }, "tool_choice"));
        Assert.Equal(
            """{"type":"custom","custom":{"name":"digits"}}""",
            RequestJson.Property(Minimal with { ToolChoice = ChatToolChoice.ForCustomTool("digits") }, "tool_choice"));
        Assert.Equal(
            """{"type":"allowed_tools","allowed_tools":{"mode":"required","tools":[{"type":"function","function":{"name":"a"}},{"type":"function","function":{"name":"b"}}]}}""",
            RequestJson.Property(Minimal with { ToolChoice = ChatToolChoice.ForAllowedFunctions(true, "a", "b") }, "tool_choice"));
    }

    [Fact]
    public void Parallel_tool_calls_is_sent_as_set()
    {
        Assert.Equal("false", RequestJson.Property(Minimal with { ParallelToolCalls = false }, "parallel_tool_calls"));
    }

    [Fact]
    public void Response_formats_are_sent_in_each_shape()
    {
        Assert.Equal("""{"type":"text"}""", RequestJson.Property(Minimal with { ResponseFormat = ChatResponseFormat.Text }, "response_format"));
        Assert.Equal("""{"type":"json_object"}""", RequestJson.Property(Minimal with { ResponseFormat = ChatResponseFormat.JsonObject }, "response_format"));
        Assert.Equal(
            "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"weather\",\"description\":\"A forecast\",\"schema\":" + WeatherSchema + ",\"strict\":true}}",
            RequestJson.Property(
                Minimal with { ResponseFormat = ChatResponseFormat.JsonSchema("weather", WeatherSchema, "A forecast", strict: true) },
                "response_format"));
        Assert.Equal(
            """{"type":"json_schema","json_schema":{"name":"any","schema":{}}}""",
            RequestJson.Property(Minimal with { ResponseFormat = ChatResponseFormat.JsonSchema("any", "{}") }, "response_format"));
    }
}
