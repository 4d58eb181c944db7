namespace Oai.Responses;

/// <summary>JSON mode: <c>{"type":"json_object"}</c>; use <see cref="ResponseTextFormat.JsonObject"/>.</summary>
public sealed record ResponseTextFormatJsonObject : ResponseTextFormat;
