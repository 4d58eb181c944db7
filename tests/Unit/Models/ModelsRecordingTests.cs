using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Models;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Models;

/// <summary>The Models recordings of openai-dotnet, replayed through the client with exact values.</summary>
public sealed class ModelsRecordingTests
{
    [Fact]
    public async Task GetModelInfo_reads_the_model()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "ModelsTests", "GetModelInfo.json");
        using var client = TestClients.Create(mock);

        var model = await client.Models.RetrieveAsync("gpt-4o-mini");

        Assert.Equal("gpt-4o-mini", model.Id);
        Assert.Equal(ObjectKind.Model, model.Object);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1721172741), model.Created);
        Assert.Equal("system", model.OwnedBy);
        Assert.Null(model.AdditionalProperties);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task ListModels_reads_every_model_of_the_single_page()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "ModelsTests", "ListModels.json");
        using var client = TestClients.Create(mock);

        var models = await client.Models.ListAsync().ToListAsync();

        Assert.Equal(96, models.Count);
        Assert.Equal(new ModelObject { Id = "gpt-4-0613", Created = DateTimeOffset.FromUnixTimeSeconds(1686588896), OwnedBy = "openai" }, models[0]);
        Assert.Equal("gpt-3.5-turbo", models[2].Id);
        Assert.All(models, m => Assert.Equal(ObjectKind.Model, m.Object));
        Assert.Equal(models.Count, models.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task GetModelCanParseServiceError_surfaces_the_404()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "ModelsTests", "GetModelCanParseServiceError.json");
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Models.RetrieveAsync("fake_id"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("model_not_found", ex.Code);
        Assert.Equal("model", ex.Param);
        Assert.Equal("invalid_request_error", ex.ErrorType);
        Assert.Equal("The model 'fake_id' does not exist", ex.ApiMessage);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task DeleteModelCanParseServiceError_surfaces_the_404()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "ModelsTests", "DeleteModelCanParseServiceError.json");
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Models.DeleteAsync("fake_id"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("model_not_found", ex.Code);
        Assert.Equal("The model 'fake_id' does not exist", ex.ApiMessage);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task Delete_reads_the_result_and_escapes_the_fine_tuned_id()
    {
        using var mock = new MockHttpMessageHandler();
        string? sent = null;
        mock.When("*").Respond(request =>
        {
            sent = $"{request.Method} {request.RequestUri!.AbsoluteUri}";
            return Recorder.Json("""{"id":"ft:gpt-4o-mini:acme::abc","object":"model","deleted":true}""");
        });
        using var client = TestClients.Create(mock);

        var result = await client.Models.DeleteAsync("ft:gpt-4o-mini:acme::abc");

        Assert.Equal(new ModelDeletionResult { Id = "ft:gpt-4o-mini:acme::abc", Deleted = true }, result);
        Assert.Equal($"DELETE {TestClients.BaseUrl}models/ft%3Agpt-4o-mini%3Aacme%3A%3Aabc", sent);
    }

    [Fact]
    public void Fields_the_service_added_are_kept()
    {
        const string Json = """{"id":"gpt-4","object":"model","created":1687882411,"owned_by":"openai","shutdown_date":"2026-06-30","supported_methods":["chat"]}""";

        var model = JsonSerializer.Deserialize(Json, RecordsJsonContext.Default.ModelObject)!;

        Assert.Equal("2026-06-30", model.AdditionalProperties!["shutdown_date"].GetString());
        Assert.Equal("""["chat"]""", model.AdditionalProperties["supported_methods"].GetRawText());
        RequestJson.Equal(Json, JsonSerializer.Serialize(model, RecordsJsonContext.Default.ModelObject));
    }
}
