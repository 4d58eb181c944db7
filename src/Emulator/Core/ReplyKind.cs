namespace Oai.Emulator.Core;

/// <summary>What a scripted reply does.</summary>
internal enum ReplyKind
{
    Text,
    ToolCalls,
    Refusal,
    Json,
    Error,
    Reset,
    Stall,
}
