using System.Linq;
using System.Text.Json;
using Oai.Responses;

namespace Oai.UnitTests.Responses;

/// <summary>A tool call's <c>output</c> is a string or a list of text, image and file parts (the published
/// <c>FunctionCallOutputItemParam</c> and <c>CustomToolCallOutput</c>); both read, and both write back as they came.</summary>
public sealed class ToolOutputItemTests
{
    private const string ListOutput =
        """{"type":"function_call_output","id":"fco_1","call_id":"call_1","output":[{"type":"input_text","text":"Chart for "},{"type":"input_image","image_url":"data:image/png;base64,AAAA","detail":"low"},{"type":"input_text","text":"Paris"},{"type":"input_audio","data":"UklG"}],"status":"completed"}""";

    [Fact]
    public void A_list_output_reads_as_parts_with_its_text_joined_and_writes_back_as_a_list()
    {
        var item = Assert.IsType<FunctionCallOutputItem>(JsonSerializer.Deserialize(ListOutput, RecordsJsonContext.Default.ResponseItem));

        Assert.Equal(("call_1", "Chart for Paris"), (item.CallId, item.Output));
        Assert.Equal(["input_text", "input_image", "input_text", "input_audio"], item.OutputParts!.Select(p => p.Type));
        Assert.Equal("data:image/png;base64,AAAA", Assert.IsType<InputImagePart>(item.OutputParts![1]).ImageUrl);
        Assert.Equal("UklG", Assert.IsType<UnknownContentPart>(item.OutputParts![3]).Raw.GetProperty("data").GetString());
        Assert.Equal(ListOutput, JsonSerializer.Serialize<ResponseItem>(item, RecordsJsonContext.Default.ResponseItem));
    }

    [Fact]
    public void A_null_part_in_a_list_output_is_dropped_as_in_every_record_list()
    {
        const string json = """{"type":"function_call_output","call_id":"call_3","output":[null,{"type":"input_text","text":"18 C"},null]}""";

        var item = Assert.IsType<FunctionCallOutputItem>(JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ResponseItem));

        Assert.Equal("18 C", item.Output);
        Assert.Equal("18 C", Assert.IsType<InputTextPart>(Assert.Single(item.OutputParts!)).Text);
    }

    [Theory]
    [InlineData("""{"type":"function_call_output","call_id":"c","output":null}""")]
    [InlineData("""{"type":"function_call_output","call_id":"c"}""")]
    public void A_null_or_missing_output_reads_as_an_empty_string_not_an_empty_list(string json)
    {
        var item = Assert.IsType<FunctionCallOutputItem>(JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ResponseItem));

        Assert.Equal(string.Empty, item.Output);
        Assert.Null(item.OutputParts);
        Assert.Equal("""{"type":"function_call_output","call_id":"c","output":""}""", JsonSerializer.Serialize<ResponseItem>(item, RecordsJsonContext.Default.ResponseItem));
    }

    [Fact]
    public void A_string_output_reads_and_writes_as_a_string_with_no_parts()
    {
        const string json = """{"type":"custom_tool_call_output","call_id":"call_2","output":"patched 3 files"}""";

        var item = Assert.IsType<CustomToolCallOutputItem>(JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ResponseItem));

        Assert.Equal(("call_2", "patched 3 files"), (item.CallId, item.Output));
        Assert.Null(item.OutputParts);
        Assert.Equal(json, JsonSerializer.Serialize<ResponseItem>(item, RecordsJsonContext.Default.ResponseItem));
    }

    [Fact]
    public void The_factories_send_a_string_or_parts_and_the_last_one_set_wins()
    {
        Assert.Equal(
            """{"type":"function_call_output","call_id":"c","output":"18 C"}""",
            JsonSerializer.Serialize<ResponseItem>(ResponseItem.FunctionCallOutput("c", "18 C"), RecordsJsonContext.Default.ResponseItem));
        var parts = ResponseItem.FunctionCallOutput("c", ResponseContentPart.InputText("see"), ResponseContentPart.InputImage("https://x/y.png"));
        Assert.Equal(
            """{"type":"function_call_output","call_id":"c","output":[{"type":"input_text","text":"see"},{"type":"input_image","image_url":"https://x/y.png"}]}""",
            JsonSerializer.Serialize<ResponseItem>(parts, RecordsJsonContext.Default.ResponseItem));
        Assert.Equal("see", parts.Output);

        var back = parts with { Output = "plain" };
        Assert.Null(back.OutputParts);
        Assert.Equal("""{"type":"function_call_output","call_id":"c","output":"plain"}""", JsonSerializer.Serialize<ResponseItem>(back, RecordsJsonContext.Default.ResponseItem));
        Assert.NotEqual(parts, back);
        Assert.Equal(back, ResponseItem.FunctionCallOutput("c", "plain"));
    }
}
