namespace Oai.Responses;

/// <summary>Plain text output: <c>{"type":"text"}</c>; use <see cref="ResponseTextFormat.Text"/>.</summary>
public sealed record ResponseTextFormatText : ResponseTextFormat;
