using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Moderations;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Moderations on the emulator: deterministic results from its word list, one per string or one for a set of
/// parts, the applied input types the service reports, and its errors for bad input.</summary>
public sealed class EmulatorModerationsTests
{
    private static readonly string[] s_order =
    [
        "harassment", "harassment/threatening", "sexual", "hate", "hate/threatening", "illicit", "illicit/violent",
        "self-harm/intent", "self-harm/instructions", "self-harm", "sexual/minors", "violence", "violence/graphic",
    ];

    private static readonly string[] s_imageCategories = ["sexual", "self-harm/intent", "self-harm/instructions", "self-harm", "violence", "violence/graphic"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_text_is_flagged_by_its_words_with_scores_and_applied_input_types(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var response = await client.Moderations.CreateAsync("I am killing all my houseplants!");

        Assert.StartsWith("modr-", response.Id);
        Assert.Equal("omni-moderation-latest", response.Model);
        var result = Assert.Single(response.Results);
        Assert.True(result.Flagged);
        Assert.Equal(s_order, result.CategoryFlags.Keys);
        Assert.Equal([new ModerationCategory("violence")], result.FlaggedCategories);
        Assert.Equal(s_order.Select(name => name == "violence" ? 0.9 : 0.0001), result.CategoryScores.Values);
        Assert.All(result.CategoryAppliedInputTypes.Values, types => Assert.Equal([ModerationInputType.Text], types));
        Assert.True(result.TryGetCategory(new ModerationCategory("violence"), out var violence));
        Assert.Equal(0.9, violence.Score);
    }

    [Fact]
    public async Task Several_strings_get_one_result_each_in_order()
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var client = Emulators.Client(emulator);

        var response = await client.Moderations.CreateAsync(new ModerationRequest
        {
            Input = new[] { "I forgot to water my houseplants!", "You stupid idiot", "How to SHOPLIFT?" },
            Model = "text-moderation-latest",
        });

        Assert.Equal("text-moderation-latest", response.Model);
        Assert.Equal(
            ["", "harassment", "illicit"],
            response.Results.Select(r => string.Join(",", r.FlaggedCategories.Select(c => c.Value))));
        Assert.Equal([false, true, true], response.Results.Select(r => r.Flagged));
        Assert.True(response.IsFlagged);
    }

    [Fact]
    public async Task Text_and_image_parts_get_one_result_with_images_applied_to_the_image_categories()
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var client = Emulators.Client(emulator);

        var response = await client.Moderations.CreateAsync(new ModerationRequest
        {
            Input = new[] { ModerationInputPart.Text("A quiet afternoon"), ModerationInputPart.ImageUrl(new Uri("https://example.com/gore-scene.png")) },
        });

        var result = Assert.Single(response.Results);
        Assert.Equal(["violence", "violence/graphic"], result.FlaggedCategories.Select(c => c.Value));
        foreach (var name in s_order)
        {
            ModerationInputType[] expected = s_imageCategories.Contains(name) ? [ModerationInputType.Text, ModerationInputType.Image] : [ModerationInputType.Text];
            Assert.Equal(expected, result.CategoryAppliedInputTypes[name]);
        }

        var imageOnly = Assert.Single((await client.Moderations.CreateAsync(new ModerationRequest
        {
            Input = new[] { ModerationInputPart.ImageUrl(new Uri("https://example.com/cat.png")) },
        })).Results);
        Assert.False(imageOnly.Flagged);
        Assert.Empty(imageOnly.CategoryAppliedInputTypes["harassment"]);
        Assert.Equal([ModerationInputType.Image], imageOnly.CategoryAppliedInputTypes["violence"]);
    }

    [Theory]
    [InlineData("""{"model":"omni-moderation-latest"}""", 400, "input", "missing_required_parameter", "Missing required parameter: 'input'.")]
    [InlineData("""{"input":[]}""", 400, "input", "invalid_value", "Invalid 'input': expected a string, an array of strings, or a non-empty array of text and image_url parts.")]
    [InlineData("""{"input":[{"type":"audio","audio":"x"}]}""", 400, "input[0].type", "invalid_value", "Invalid value: 'audio'. Supported values are: 'text' and 'image_url'.")]
    [InlineData("""{"input":[{"type":"text"}]}""", 400, "input[0].text", "missing_required_parameter", "Missing required parameter: 'input[0].text'.")]
    [InlineData("""{"input":"hi","model":"nope"}""", 404, null, "model_not_found", "The model `nope` does not exist or you do not have access to it.")]
    [InlineData("""{"input":"hi","model":"gpt-4o"}""", 400, "model", "invalid_value", "Invalid value for 'model': 'gpt-4o' is not a moderation model. Supported values are: 'omni-moderation-latest', 'omni-moderation-2024-09-26', 'text-moderation-latest', 'text-moderation-stable'.")]
    [InlineData("""{"input":[{"type":"image_url","image_url":{"url":"https://example.com/a.png"}}],"model":"text-moderation-stable"}""", 400, "input", "invalid_value", "The model 'text-moderation-stable' does not support image inputs; use omni-moderation-latest.")]
    public async Task Bad_input_is_answered_with_the_services_error(string body, int status, string? param, string code, string message)
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        using var response = await http.PostAsync("moderations", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
    }
}
