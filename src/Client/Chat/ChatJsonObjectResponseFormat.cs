namespace Oai.Chat;

/// <summary>The <c>json_object</c> response format (JSON mode): the model outputs valid JSON.</summary>
public sealed record ChatJsonObjectResponseFormat : ChatResponseFormat;
