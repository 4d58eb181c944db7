using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Moderations;

/// <summary>The response of <c>POST /moderations</c>: one <see cref="ModerationResult"/> per input (a text list gives one
/// per text; a list of text and image parts gives one for them all).</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/moderations/object">the moderation object</see>.</remarks>
public sealed record CreateModerationResponse
{
    /// <summary>Gets the moderation id (<c>modr-...</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the model that classified the input.</summary>
    [JsonPropertyName("model")]
    public string Model { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the results, in input order; empty when null or absent.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<ModerationResult> Results { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether any result is flagged.</summary>
    [JsonIgnore]
    public bool IsFlagged
    {
        get
        {
            foreach (var result in Results)
            {
                if (result.Flagged)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Model", Model), ("Results", Results));
}
