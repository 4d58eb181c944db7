using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Bad requests get the service's error bodies, status codes and an <c>x-request-id</c>.</summary>
public sealed class EmulatorErrorTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unknown_model_is_a_404_model_not_found(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var error = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat(model: "gpt-nope")));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("model_not_found", error.Code);
        Assert.Equal("invalid_request_error", error.ErrorType);
        Assert.Equal("The model `gpt-nope` does not exist or you do not have access to it.", error.ApiMessage);
        Assert.Matches("^req_[0-9a-f]{32}$", error.RequestId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_missing_field_is_a_400_naming_it(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var error = await Assert.ThrowsAsync<OaiApiException>(() =>
            client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "gpt-4o", Messages = [] }));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("messages", error.Param);

        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };
        using var response = await http.PostAsync("chat/completions", new StringContent("""{"messages":[{"role":"user","content":"x"}]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var missing = body.RootElement.GetProperty("error");
        Assert.Equal("Missing required parameter: 'model'.", missing.GetProperty("message").GetString());
        Assert.Equal("invalid_request_error", missing.GetProperty("type").GetString());
        Assert.Equal("model", missing.GetProperty("param").GetString());
        Assert.Equal("missing_required_parameter", missing.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_wrong_method_is_405_and_an_unknown_path_404_with_the_service_wording(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        using var wrongMethod = await http.GetAsync("chat/completions");
        using var unknown = await http.PostAsync("chat/nothing", new StringContent("{}"));
        using var outside = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("Invalid method for URL (GET /v1/chat/completions)", await MessageAsync(wrongMethod));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Invalid URL (POST /v1/chat/nothing)", await MessageAsync(unknown));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal("Invalid URL (GET /healthz)", await MessageAsync(outside));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_that_is_not_json_is_a_400(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        using var response = await http.PostAsync("chat/completions", new StringContent("{not json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("We could not parse the JSON body of your request.", await MessageAsync(response));
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = document.RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("param").ValueKind);
        Assert.Equal(JsonValueKind.Null, error.GetProperty("code").ValueKind);
        return error.GetProperty("message").GetString();
    }
}
