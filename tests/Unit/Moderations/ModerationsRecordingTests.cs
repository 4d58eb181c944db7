using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Moderations;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Moderations;

/// <summary>The Moderations recordings of openai-dotnet: each request is sent in the recorded shape (the replay checks
/// the body) and each result read with exact values.</summary>
public sealed class ModerationsRecordingTests
{
    private const string Model = "omni-moderation-latest";
    private const string Water = "I forgot to water my houseplants!";
    private const string Kill = "I am killing all my houseplants!";
    private static readonly Uri s_image = new("https://avatars.githubusercontent.com/u/14957082");

    private static async Task<CreateModerationResponse> ReplayAsync(string recording, ModerationInput input)
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "ModerationsTests", recording);
        using var client = TestClients.Create(mock);
        var response = await client.Moderations.CreateAsync(new ModerationRequest { Input = input, Model = Model });
        Assert.Equal(0, replay.Remaining);
        Assert.Equal(Model, response.Model);
        return response;
    }

    [Fact]
    public async Task ClassifyTextWithSingleString_flags_violence_on_text()
    {
        var response = await ReplayAsync("ClassifyTextWithSingleString.json", Kill);

        Assert.Equal("modr-533", response.Id);
        Assert.True(response.IsFlagged);
        var result = Assert.Single(response.Results);
        Assert.True(result.Flagged);
        Assert.Equal([ModerationCategory.Violence], result.FlaggedCategories);
        Assert.True(result.TryGetCategory(ModerationCategory.Violence, out var violence));
        Assert.Equal(ModerationCategory.Violence, violence.Category);
        Assert.True(violence.Flagged);
        Assert.Equal(0.20017406978166777, violence.Score);
        Assert.Equal([ModerationInputType.Text], violence.AppliedInputTypes);
        Assert.Equal(13, result.Categories.Count);
        Assert.Equal(result.CategoryFlags.Keys, result.Categories.Select(c => c.Category.Value));
    }

    [Fact]
    public async Task ClassifyTextWithMultipleStrings_gives_one_result_per_string_in_order()
    {
        var response = await ReplayAsync("ClassifyTextWithMultipleStrings.json", new[] { Water, Kill });

        Assert.Equal("modr-5633", response.Id);
        Assert.Equal(2, response.Results.Count);
        Assert.False(response.Results[0].Flagged);
        Assert.Empty(response.Results[0].FlaggedCategories);
        Assert.Equal(1.141223854434603e-05, response.Results[0].CategoryScores["violence"]);
        Assert.True(response.Results[1].Flagged);
        Assert.Equal(0.2001167469458225, response.Results[1].CategoryScores["violence"]);
    }

    [Fact]
    public async Task ClassifyInputsWithMultipleTexts_sends_text_parts()
    {
        var response = await ReplayAsync(
            "ClassifyInputsWithMultipleTexts.json", new[] { ModerationInputPart.Text(Water), ModerationInputPart.Text(Kill) });

        Assert.Equal("modr-7401", response.Id);
        var result = Assert.Single(response.Results);
        Assert.Equal([ModerationCategory.Violence], result.FlaggedCategories);
        Assert.Equal(0.20936831912049492, result.CategoryScores["violence"]);
    }

    [Fact]
    public async Task ClassifyInputsWithSingleImage_applies_image_categories_only_where_images_are_read()
    {
        var response = await ReplayAsync("ClassifyInputsWithSingleImage.json", new[] { ModerationInputPart.ImageUrl(s_image) });

        Assert.Equal("modr-941", response.Id);
        var result = Assert.Single(response.Results);
        Assert.False(response.IsFlagged);
        Assert.True(result.TryGetCategory(ModerationCategory.Violence, out var violence));
        Assert.False(violence.Flagged);
        Assert.Equal(0.023019261758539952, violence.Score);
        Assert.Equal([ModerationInputType.Image], violence.AppliedInputTypes);
        Assert.True(result.TryGetCategory(ModerationCategory.Harassment, out var harassment));
        Assert.Empty(harassment.AppliedInputTypes);
    }

    [Fact]
    public async Task ClassifyInputsWithTextAndImage_reads_applied_input_types_per_category()
    {
        var response = await ReplayAsync(
            "ClassifyInputsWithTextAndImage.json", new[] { ModerationInputPart.Text(Water), ModerationInputPart.ImageUrl(s_image) });

        Assert.Equal("modr-4001", response.Id);
        var result = Assert.Single(response.Results);
        Assert.False(result.Flagged);
        Assert.Equal([ModerationInputType.Text, ModerationInputType.Image], result.CategoryAppliedInputTypes["violence/graphic"]);
        Assert.Equal([ModerationInputType.Text], result.CategoryAppliedInputTypes["illicit/violent"]);
        Assert.Equal(6.083590367132095e-08, result.CategoryScores["hate/threatening"]);
    }

    [Fact]
    public async Task ClassifyInputsWithMultipleTextsAndSingleImage_flags_violence_on_text_and_image()
    {
        var response = await ReplayAsync(
            "ClassifyInputsWithMultipleTextsAndSingleImage.json",
            new[] { ModerationInputPart.Text(Water), ModerationInputPart.Text(Kill), ModerationInputPart.ImageUrl(s_image) });

        Assert.Equal("modr-913", response.Id);
        var result = Assert.Single(response.Results);
        Assert.True(result.TryGetCategory(ModerationCategory.Violence, out var violence));
        Assert.True(violence.Flagged);
        Assert.Equal(0.35235743910248096, violence.Score);
        Assert.Equal([ModerationInputType.Text, ModerationInputType.Image], violence.AppliedInputTypes);
    }

    [Fact]
    public void A_category_the_library_does_not_know_is_kept_with_its_flag_score_and_types()
    {
        const string Json = """
            {"id":"modr-1","model":"omni-moderation-2099","results":[{"flagged":true,
             "categories":{"violence":false,"deepfake":true},
             "category_scores":{"violence":0.01,"deepfake":0.97},
             "category_applied_input_types":{"violence":["text"],"deepfake":["image","video"]},
             "explanation":"new field"}]}
            """;

        var response = JsonSerializer.Deserialize(Json, RecordsJsonContext.Default.CreateModerationResponse)!;

        var result = Assert.Single(response.Results);
        Assert.Equal([new ModerationCategory("deepfake")], result.FlaggedCategories);
        Assert.True(result.TryGetCategory(new ModerationCategory("deepfake"), out var deepfake));
        Assert.True(deepfake.Flagged);
        Assert.Equal(0.97, deepfake.Score);
        Assert.Equal([ModerationInputType.Image, new ModerationInputType("video")], deepfake.AppliedInputTypes);
        Assert.Equal(["violence", "deepfake"], result.Categories.Select(c => c.Category.Value));
        Assert.Equal("new field", result.AdditionalProperties!["explanation"].GetString());
        Assert.False(result.TryGetCategory(ModerationCategory.Hate, out _));
    }

    [Fact]
    public void Missing_maps_read_as_empty()
    {
        var result = JsonSerializer.Deserialize("""{"flagged":false,"categories":null}""", RecordsJsonContext.Default.ModerationResult)!;

        Assert.Empty(result.CategoryFlags);
        Assert.Empty(result.CategoryScores);
        Assert.Empty(result.CategoryAppliedInputTypes);
        Assert.Empty(result.Categories);
    }

    [Fact]
    public void Image_bytes_are_sent_as_a_data_url()
    {
        var request = new ModerationRequest { Input = new[] { ModerationInputPart.ImageBytes([1, 2, 3], "image/png") } };

        RequestJson.Equal(
            """{"input":[{"type":"image_url","image_url":{"url":"data:image/png;base64,AQID"}}]}""",
            JsonSerializer.Serialize(request, ClientJsonContext.Default.ModerationRequest));
    }
}
