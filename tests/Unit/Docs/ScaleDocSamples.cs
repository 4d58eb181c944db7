using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.Files;
using Oai.Models;
using Oai.Moderations;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/batches.md (the limiter), docs/models.md and docs/moderations.md, compiled and run
/// against MockHttp so the guides cannot rot; the batch samples run against the emulator (tests/Integration/Emulator/BatchesDocSamples.cs).</summary>
public sealed class ScaleDocSamples
{
    // docs/batches.md: "Many concurrent calls: the limiter"
    // docs:begin batches-limiter
    public static OaiClient LimitedClient(string apiKey) => new(new OaiClientOptions
    {
        ApiKey = apiKey,
        RateLimiting = new ClientRateLimitOptions { MaxConcurrentRequests = 64 },
    });
    // docs:end

    // docs/models.md: "List and retrieve models"
    // docs:begin models-1
    public static async Task<List<string>> ChatModelsAsync(OaiClient client)
    {
        var ids = new List<string>();
        await foreach (ModelObject model in client.Models.ListAsync())
        {
            if (model.Id.StartsWith("gpt-", StringComparison.Ordinal))
            {
                ids.Add(model.Id);
            }
        }

        ModelObject mini = await client.Models.RetrieveAsync("gpt-4o-mini");
        Console.WriteLine($"{mini.Id} owned by {mini.OwnedBy}, created {mini.Created:u}");
        if (mini.AdditionalProperties?.TryGetValue("shutdown_date", out var shutdown) == true)
        {
            Console.WriteLine($"shuts down on {shutdown}");
        }

        return ids;
    }
    // docs:end

    // docs/moderations.md: "Classify text and images"
    // docs:begin moderations-1
    public static async Task<bool> IsAllowedAsync(OaiClient client, string caption, Uri image)
    {
        var response = await client.Moderations.CreateAsync(new ModerationRequest
        {
            Model = "omni-moderation-latest",
            Input = new[] { ModerationInputPart.Text(caption), ModerationInputPart.ImageUrl(image) },
        });

        ModerationResult result = response.Results[0];
        foreach (ModerationCategoryResult category in result.Categories.Where(c => c.Flagged))
        {
            Console.WriteLine($"{category.Category}: {category.Score:0.000} on {string.Join(", ", category.AppliedInputTypes)}");
        }

        return !result.Flagged
            && !(result.TryGetCategory(ModerationCategory.Violence, out var violence) && violence.Score > 0.2);
    }
    // docs:end

    [Fact]
    public async Task The_models_and_moderations_samples_run()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(TestClients.BaseUrl + "models").Respond(_ => Recorder.Json("""{"object":"list","data":[{"id":"gpt-4o","object":"model","created":1,"owned_by":"system"},{"id":"whisper-1","object":"model","created":1,"owned_by":"openai-internal"}]}"""));
        mock.When(TestClients.BaseUrl + "models/gpt-4o-mini").Respond(_ => Recorder.Json("""{"id":"gpt-4o-mini","object":"model","created":1721172741,"owned_by":"system","shutdown_date":"2027-01-01"}"""));
        mock.When(TestClients.BaseUrl + "moderations").Respond(_ => Recorder.Json("""{"id":"modr-1","model":"omni-moderation-latest","results":[{"flagged":false,"categories":{"violence":false},"category_scores":{"violence":0.35},"category_applied_input_types":{"violence":["text","image"]}}]}"""));
        using var client = TestClients.Create(mock);

        Assert.Equal(["gpt-4o"], await ChatModelsAsync(client));
        Assert.False(await IsAllowedAsync(client, "caption", new Uri("https://example.com/a.png")));
        using var limited = LimitedClient("sk-test");
        Assert.NotNull(limited.Batches);
    }
}
