using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Emulator.Core;
using Oai.Moderations;

namespace Oai.Emulator.Endpoints;

/// <summary><c>POST /v1/moderations</c>: a string, an array of strings (one result each) or an array of text and image
/// parts (one result for them all), classified deterministically by a short word list (see <see cref="s_words"/>).</summary>
internal static class ModerationsEndpoints
{
    /// <summary>The flagged score; every other score is <see cref="CalmScore"/>.</summary>
    public const double FlaggedScore = 0.9;

    public const double CalmScore = 0.0001;

    /// <summary>The categories in the service's order, and whether images are classified for each.</summary>
    private static readonly (string Name, bool Images)[] s_categories =
    [
        ("harassment", false), ("harassment/threatening", false), ("sexual", true), ("hate", false), ("hate/threatening", false),
        ("illicit", false), ("illicit/violent", false), ("self-harm/intent", true), ("self-harm/instructions", true), ("self-harm", true),
        ("sexual/minors", false), ("violence", true), ("violence/graphic", true),
    ];

    /// <summary>The words that flag a category, matched whole and case-insensitively in a text or an image URL.</summary>
    private static readonly Dictionary<string, string[]> s_words = new(StringComparer.Ordinal)
    {
        ["harassment"] = ["idiot", "stupid"],
        ["hate"] = ["vermin"],
        ["illicit"] = ["shoplift", "steal"],
        ["self-harm"] = ["suicide"],
        ["sexual"] = ["nsfw"],
        ["violence"] = ["kill", "killing", "murder", "gore"],
        ["violence/graphic"] = ["gore"],
    };

    private static readonly string[] s_models = ["omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest", "text-moderation-stable"];

    public static void Map(Router router) => router.Map("POST", "moderations", CreateAsync);

    private static Task CreateAsync(EndpointContext context)
    {
        var input = context.Optional("input") ?? throw Errors.MissingField("input");
        var model = context.Optional("model") is { ValueKind: JsonValueKind.String } named ? named.GetString()! : "omni-moderation-latest";
        if (!context.State.IsKnownModel(model))
        {
            throw Errors.UnknownModel(model);
        }

        if (Array.IndexOf(s_models, model) < 0)
        {
            throw Errors.InvalidValue("model", $"Invalid value for 'model': '{model}' is not a moderation model. Supported values are: '{string.Join("', '", s_models)}'.");
        }

        var groups = Inputs(input);
        if (model.StartsWith("text-moderation", StringComparison.Ordinal) && groups.Any(group => group.Images.Count > 0))
        {
            throw Errors.InvalidValue("input", $"The model '{model}' does not support image inputs; use omni-moderation-latest.");
        }

        var response = new CreateModerationResponse
        {
            Id = Ids.New("modr-"),
            Model = model,
            Results = [.. groups.Select(group => Classify(group.Texts, group.Images))],
        };
        return context.WriteJsonAsync(response, RecordsJsonContext.Default.CreateModerationResponse);
    }

    /// <summary>The inputs as the service groups them: one result per string, one for a whole array of parts.</summary>
    private static List<(List<string> Texts, List<string> Images)> Inputs(JsonElement input)
    {
        if (input.ValueKind == JsonValueKind.String)
        {
            return [([input.GetString()!], [])];
        }

        if (input.ValueKind != JsonValueKind.Array || input.GetArrayLength() == 0)
        {
            throw Errors.InvalidValue("input", "Invalid 'input': expected a string, an array of strings, or a non-empty array of text and image_url parts.");
        }

        if (input.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String))
        {
            return [.. input.EnumerateArray().Select(item => (new List<string> { item.GetString()! }, new List<string>()))];
        }

        var texts = new List<string>();
        var images = new List<string>();
        var index = 0;
        foreach (var part in input.EnumerateArray())
        {
            var type = part.ValueKind == JsonValueKind.Object && part.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            switch (type)
            {
                case "text" when part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String:
                    texts.Add(text.GetString()!);
                    break;
                case "image_url" when part.TryGetProperty("image_url", out var image) && image.ValueKind == JsonValueKind.Object
                    && image.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String:
                    images.Add(url.GetString()!);
                    break;
                case "text" or "image_url":
                    throw Errors.MissingField($"input[{index}].{type}");
                default:
                    throw Errors.InvalidValue($"input[{index}].type", $"Invalid value: '{type}'. Supported values are: 'text' and 'image_url'.");
            }

            index++;
        }

        return [(texts, images)];
    }

    private static ModerationResult Classify(List<string> texts, List<string> images)
    {
        var textWords = Words(texts);
        var imageWords = Words(images);
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var applied = new Dictionary<string, IReadOnlyList<ModerationInputType>>(StringComparer.Ordinal);
        foreach (var (name, classifiesImages) in s_categories)
        {
            var triggers = s_words.TryGetValue(name, out var words) ? words : [];
            var flagged = triggers.Any(textWords.Contains) || (classifiesImages && triggers.Any(imageWords.Contains));
            flags[name] = flagged;
            scores[name] = flagged ? FlaggedScore : CalmScore;
            var types = new List<ModerationInputType>();
            if (texts.Count > 0)
            {
                types.Add(ModerationInputType.Text);
            }

            if (classifiesImages && images.Count > 0)
            {
                types.Add(ModerationInputType.Image);
            }

            applied[name] = types;
        }

        return new ModerationResult { Flagged = flags.ContainsValue(true), CategoryFlags = flags, CategoryScores = scores, CategoryAppliedInputTypes = applied };
    }

    /// <summary>The lower-cased runs of letters in the texts (so a URL's path words count too).</summary>
    private static HashSet<string> Words(List<string> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    words.Add(text[start..i].ToLowerInvariant());
                    start = -1;
                }
            }
        }

        return words;
    }
}
