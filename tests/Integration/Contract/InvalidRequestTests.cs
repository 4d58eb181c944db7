using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.Contract;

/// <summary>Requests that break the schema, sent through the escape hatch for unmodelled parameters: Steady refuses
/// them and the client surfaces its answer as a typed API error.</summary>
[Collection("Steady")]
public sealed class InvalidRequestTests(SteadyServer steady)
{
    [Theory]
    [InlineData("n", "\"three\"", "integer")]
    [InlineData("max_completion_tokens", "\"many\"", "integer")]
    [InlineData("temperature", "\"hot\"", "number")]
    public async Task A_wrongly_typed_parameter_is_a_400_OaiApiException_carrying_Steadys_diagnostic(string parameter, string json, string expected)
    {
        using var value = JsonDocument.Parse(json);
        var request = ChatContractRequests.Minimal();

        // The modelled property stays null (and is omitted), so the extension data's value is the one sent.
        request.AdditionalProperties = new Dictionary<string, JsonElement> { [parameter] = value.RootElement.Clone() };

        using var recorder = new ResponseRecorder();
        using var client = SteadyContract.Client(steady, recorder);
        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(request));

        // Steady's 400 body is its own ({"error":"Validation failed","steady":{"errors":[...]}}), not OpenAI's error
        // object: no error type or code, and the message quotes the start of the body, diagnostic included.
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Null(ex.ErrorType);
        Assert.StartsWith(
            """HTTP 400 (BadRequest): {"error":"Validation failed","steady":{"valid":false,"errors":[{"code":"E3008",""",
            ex.Message,
            StringComparison.Ordinal);
        Assert.Contains($"\"path\":\"body.{parameter}\",\"message\":\"Expected type {expected}", ex.Message, StringComparison.Ordinal);
        Assert.Equal($"E3008 at body.{parameter}: Expected type {expected}, got string", SteadyContract.Diagnostics(ex.Headers));
        Assert.Equal("false", OaiApiException.ReadHeader(ex.Headers, "X-Steady-Request-Valid"));
        Assert.Single(recorder.Responses);
    }
}
