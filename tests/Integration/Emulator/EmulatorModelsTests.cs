using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Emulator;
using Oai.Files;
using Oai.FineTuning;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Models on the emulator: its own models as the service lists them, fine-tuned models joining as their jobs
/// succeed, and deletion of those only.</summary>
public sealed class EmulatorModelsTests
{
    private static readonly DateTimeOffset s_start = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_list_holds_every_known_model_with_the_services_dates_and_owners(bool inMemory)
    {
        var options = new OaiEmulatorOptions { TimeProvider = new FakeTimeProvider(s_start) };
        options.Models.Add("my-local-model");
        await using var emulator = await Emulators.StartAsync(inMemory, options);
        using var client = Emulators.Client(emulator);

        var models = await client.Models.ListAsync().ToListAsync();

        Assert.Equal(options.Models, models.Select(m => m.Id));
        var mini = Assert.Single(models, m => m.Id == "gpt-4o-mini");
        Assert.Equal((DateTimeOffset.FromUnixTimeSeconds(1721172741), "system"), (mini.Created, mini.OwnedBy));
        var ada = Assert.Single(models, m => m.Id == "text-embedding-ada-002");
        Assert.Equal("openai-internal", ada.OwnedBy);
        var local = Assert.Single(models, m => m.Id == "my-local-model");
        Assert.Equal((s_start, "system"), (local.Created, local.OwnedBy));
        Assert.Contains(models, m => m.Id == "omni-moderation-latest");

        var retrieved = await client.Models.RetrieveAsync("gpt-4o-mini");
        Assert.Equal(mini, retrieved with { AdditionalProperties = mini.AdditionalProperties });
        Assert.Equal(ObjectKind.Model, retrieved.Object);
    }

    [Fact]
    public async Task An_unknown_model_is_404_model_not_found_and_a_base_model_cannot_be_deleted()
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var client = Emulators.Client(emulator);

        var missing = await Assert.ThrowsAsync<OaiApiException>(() => client.Models.RetrieveAsync("fake_id"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(("The model 'fake_id' does not exist", "invalid_request_error", "model", "model_not_found"), (missing.Error!.Message, missing.Error.Type, missing.Error.Param, missing.Error.Code));
        var deleteMissing = await Assert.ThrowsAsync<OaiApiException>(() => client.Models.DeleteAsync("fake_id"));
        Assert.Equal((HttpStatusCode.NotFound, "model_not_found"), (deleteMissing.StatusCode, deleteMissing.Error!.Code));

        var deleteBase = await Assert.ThrowsAsync<OaiApiException>(() => client.Models.DeleteAsync("gpt-4o-mini"));
        Assert.Equal(HttpStatusCode.Forbidden, deleteBase.StatusCode);
        Assert.Equal("You do not have permission to delete the model 'gpt-4o-mini': only fine-tuned models can be deleted.", deleteBase.Error!.Message);
        Assert.Contains(await client.Models.ListAsync().ToListAsync(), m => m.Id == "gpt-4o-mini");
    }

    [Fact]
    public async Task A_fine_tuned_model_is_listed_once_its_job_succeeds_and_is_gone_once_deleted()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);
        var training = """{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}""";
        var file = await client.Files.CreateAsync(new MemoryStream(Encoding.UTF8.GetBytes(training)), "train.jsonl", FilePurpose.FineTune);
        var job = await client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-4o-mini-2024-07-18", TrainingFile = file.Id, Suffix = "demo" });
        var count = (await client.Models.ListAsync().ToListAsync()).Count;

        clock.Advance(TimeSpan.FromSeconds(13));
        Assert.Equal(count, (await client.Models.ListAsync().ToListAsync()).Count);

        clock.Advance(TimeSpan.FromSeconds(1));
        var done = await client.FineTuning.Jobs.RetrieveAsync(job.Id);
        Assert.True(done.TryGetFineTunedModel(out var tuned));
        var listed = (await client.Models.ListAsync().ToListAsync())[^1];
        Assert.Equal((tuned, s_start.AddSeconds(14), "org-emulator"), (listed.Id, listed.Created, listed.OwnedBy));
        Assert.Equal(listed.Id, (await client.Models.RetrieveAsync(tuned)).Id);

        var deleted = await client.Models.DeleteAsync(tuned);
        Assert.Equal((tuned, ObjectKind.Model, true), (deleted.Id, deleted.Object, deleted.Deleted));

        Assert.DoesNotContain(await client.Models.ListAsync().ToListAsync(), m => m.Id == tuned);
        var gone = await Assert.ThrowsAsync<OaiApiException>(() => client.Models.RetrieveAsync(tuned));
        Assert.Equal("model_not_found", gone.Error!.Code);
        var chat = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat(model: tuned)));
        Assert.Equal((HttpStatusCode.NotFound, "model_not_found"), (chat.StatusCode, chat.Error!.Code));
    }
}
