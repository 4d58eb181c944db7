using System.Text.Json;
using System.Text.Json.Nodes;
using Oai.Chat;

namespace Oai.UnitTests.TestSupport;

/// <summary>Serialises requests through the client's JSON context and compares the JSON sent.</summary>
internal static class RequestJson
{
    /// <summary>Returns the JSON the client sends for a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ChatCompletionRequest request) =>
        JsonSerializer.Serialize(request, ClientJsonContext.Default.ChatCompletionRequest);

    /// <summary>Returns the JSON of one top-level property of the request as sent.</summary>
    /// <param name="request">The request.</param>
    /// <param name="property">The property's wire name.</param>
    /// <returns>The property's JSON text, or null when it is not sent.</returns>
    public static string? Property(ChatCompletionRequest request, string property) =>
        JsonNode.Parse(Serialize(request))!.AsObject()[property]?.ToJsonString();

    /// <summary>Asserts that two JSON texts are equal as JSON, ignoring property order and whitespace.</summary>
    /// <param name="expected">The expected JSON.</param>
    /// <param name="actual">The JSON sent.</param>
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var same = JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));
        Assert.True(same, $"Expected JSON {JsonNode.Parse(expected)!.ToJsonString()} but the client sent {actual}.");
    }

    /// <summary>A minimal request with the given messages.</summary>
    /// <param name="messages">The messages.</param>
    /// <returns>The request.</returns>
    public static ChatCompletionRequest With(params ChatMessage[] messages) =>
        new() { Model = "gpt-4o-mini", Messages = messages };
}
