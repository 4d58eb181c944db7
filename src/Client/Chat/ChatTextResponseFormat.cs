namespace Oai.Chat;

/// <summary>The <c>text</c> response format: plain text output.</summary>
public sealed record ChatTextResponseFormat : ChatResponseFormat;
