using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Moderations;

/// <summary>The classification of one input: flagged or not, and per category a flag, a score and the input types it
/// was applied to.</summary>
/// <remarks>The three per-category maps are kept as the service sent them, keyed by the category's wire name, so a
/// category this library does not know yet is kept like the others; <see cref="Categories"/> joins them into one
/// typed list.</remarks>
public sealed record ModerationResult
{
    /// <summary>Gets whether any category was flagged.</summary>
    [JsonPropertyName("flagged")]
    public bool Flagged { get; init; }

    /// <summary>Gets each category's flag, keyed by its wire name; empty when null or absent.</summary>
    [JsonPropertyName("categories")]
    public IReadOnlyDictionary<string, bool> CategoryFlags { get; init => field = value ?? s_noFlags; } = s_noFlags;

    /// <summary>Gets each category's score, 0 to 1, keyed by its wire name; empty when null or absent.</summary>
    [JsonPropertyName("category_scores")]
    public IReadOnlyDictionary<string, double> CategoryScores { get; init => field = value ?? s_noScores; } = s_noScores;

    /// <summary>Gets the input types each category was applied to, keyed by its wire name; empty when null or absent
    /// (the legacy text models do not send it).</summary>
    [JsonPropertyName("category_applied_input_types")]
    public IReadOnlyDictionary<string, IReadOnlyList<ModerationInputType>> CategoryAppliedInputTypes
    {
        get;
        init => field = value ?? s_noTypes;
    } = s_noTypes;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets every category the service reported (flagged or scored), in the order it sent them, unknown ones included.</summary>
    [JsonIgnore]
    public IReadOnlyList<ModerationCategoryResult> Categories
    {
        get
        {
            var list = new List<ModerationCategoryResult>(CategoryFlags.Count);
            foreach (var name in CategoryFlags.Keys)
            {
                list.Add(Build(name));
            }

            foreach (var name in CategoryScores.Keys)
            {
                if (!CategoryFlags.ContainsKey(name))
                {
                    list.Add(Build(name));
                }
            }

            return list;
        }
    }

    /// <summary>Gets the categories that were flagged, in the order the service sent them.</summary>
    [JsonIgnore]
    public IReadOnlyList<ModerationCategory> FlaggedCategories
    {
        get
        {
            var list = new List<ModerationCategory>();
            foreach (var (name, flagged) in CategoryFlags)
            {
                if (flagged)
                {
                    list.Add(new ModerationCategory(name));
                }
            }

            return list;
        }
    }

    private static readonly IReadOnlyDictionary<string, bool> s_noFlags = new Dictionary<string, bool>();
    private static readonly IReadOnlyDictionary<string, double> s_noScores = new Dictionary<string, double>();
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ModerationInputType>> s_noTypes =
        new Dictionary<string, IReadOnlyList<ModerationInputType>>();

    /// <summary>Gets one category's flag, score and applied input types, when the service reported it.</summary>
    /// <param name="category">The category.</param>
    /// <param name="result">The category's result when reported.</param>
    /// <returns>True when the service sent a flag or a score for the category.</returns>
    /// <example><code>if (moderation.Results[0].TryGetCategory(ModerationCategory.Violence, out var violence) &amp;&amp; violence.Score > 0.5) { }</code></example>
    public bool TryGetCategory(ModerationCategory category, out ModerationCategoryResult result)
    {
        if (category.Value is { } name && (CategoryFlags.ContainsKey(name) || CategoryScores.ContainsKey(name)))
        {
            result = Build(name);
            return true;
        }

        result = default;
        return false;
    }

    private ModerationCategoryResult Build(string name) => new(
        new ModerationCategory(name),
        CategoryFlags.TryGetValue(name, out var flagged) && flagged,
        CategoryScores.TryGetValue(name, out var score) ? score : null,
        CategoryAppliedInputTypes.TryGetValue(name, out var types) ? NullRule.Items(types) : []);

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Flagged", Flagged), ("FlaggedCategories", FlaggedCategories));
}
