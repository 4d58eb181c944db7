using System.Text.Json.Serialization;

namespace Oai.Moderations;

/// <summary>A moderation category (<c>violence</c>, <c>self-harm/intent</c>...); an open set the service may extend.</summary>
/// <param name="Value">The category exactly as the service names it.</param>
/// <remarks>A category the service adds is read like the known ones: it shows up in
/// <see cref="ModerationResult.Categories"/> under its own name.</remarks>
[JsonConverter(typeof(OpenValueConverter<ModerationCategory>))]
public readonly record struct ModerationCategory(string Value) : IOpenValue<ModerationCategory>
{
    /// <summary><c>harassment</c>.</summary>
    public static ModerationCategory Harassment { get; } = new("harassment");

    /// <summary><c>harassment/threatening</c>.</summary>
    public static ModerationCategory HarassmentThreatening { get; } = new("harassment/threatening");

    /// <summary><c>hate</c>.</summary>
    public static ModerationCategory Hate { get; } = new("hate");

    /// <summary><c>hate/threatening</c>.</summary>
    public static ModerationCategory HateThreatening { get; } = new("hate/threatening");

    /// <summary><c>illicit</c>.</summary>
    public static ModerationCategory Illicit { get; } = new("illicit");

    /// <summary><c>illicit/violent</c>.</summary>
    public static ModerationCategory IllicitViolent { get; } = new("illicit/violent");

    /// <summary><c>self-harm</c>.</summary>
    public static ModerationCategory SelfHarm { get; } = new("self-harm");

    /// <summary><c>self-harm/intent</c>.</summary>
    public static ModerationCategory SelfHarmIntent { get; } = new("self-harm/intent");

    /// <summary><c>self-harm/instructions</c>.</summary>
    public static ModerationCategory SelfHarmInstructions { get; } = new("self-harm/instructions");

    /// <summary><c>sexual</c>.</summary>
    public static ModerationCategory Sexual { get; } = new("sexual");

    /// <summary><c>sexual/minors</c>.</summary>
    public static ModerationCategory SexualMinors { get; } = new("sexual/minors");

    /// <summary><c>violence</c>.</summary>
    public static ModerationCategory Violence { get; } = new("violence");

    /// <summary><c>violence/graphic</c>.</summary>
    public static ModerationCategory ViolenceGraphic { get; } = new("violence/graphic");

    /// <inheritdoc />
    public static ModerationCategory Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
