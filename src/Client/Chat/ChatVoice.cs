using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A built-in voice the model speaks with when generating audio; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/audio">the OpenAI guide</see>.</remarks>
[JsonConverter(typeof(OpenValueConverter<ChatVoice>))]
public readonly record struct ChatVoice(string Value) : IOpenValue<ChatVoice>
{
    /// <summary>The <c>alloy</c> voice. Sent as <c>alloy</c>.</summary>
    public static ChatVoice Alloy { get; } = new("alloy");

    /// <summary>The <c>ash</c> voice. Sent as <c>ash</c>.</summary>
    public static ChatVoice Ash { get; } = new("ash");

    /// <summary>The <c>ballad</c> voice. Sent as <c>ballad</c>.</summary>
    public static ChatVoice Ballad { get; } = new("ballad");

    /// <summary>The <c>coral</c> voice. Sent as <c>coral</c>.</summary>
    public static ChatVoice Coral { get; } = new("coral");

    /// <summary>The <c>echo</c> voice. Sent as <c>echo</c>.</summary>
    public static ChatVoice Echo { get; } = new("echo");

    /// <summary>The <c>fable</c> voice. Sent as <c>fable</c>.</summary>
    public static ChatVoice Fable { get; } = new("fable");

    /// <summary>The <c>nova</c> voice. Sent as <c>nova</c>.</summary>
    public static ChatVoice Nova { get; } = new("nova");

    /// <summary>The <c>onyx</c> voice. Sent as <c>onyx</c>.</summary>
    public static ChatVoice Onyx { get; } = new("onyx");

    /// <summary>The <c>sage</c> voice. Sent as <c>sage</c>.</summary>
    public static ChatVoice Sage { get; } = new("sage");

    /// <summary>The <c>shimmer</c> voice. Sent as <c>shimmer</c>.</summary>
    public static ChatVoice Shimmer { get; } = new("shimmer");

    /// <summary>The <c>marin</c> voice. Sent as <c>marin</c>.</summary>
    public static ChatVoice Marin { get; } = new("marin");

    /// <summary>The <c>cedar</c> voice. Sent as <c>cedar</c>.</summary>
    public static ChatVoice Cedar { get; } = new("cedar");

    /// <inheritdoc />
    public static ChatVoice Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
