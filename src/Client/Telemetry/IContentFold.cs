namespace Oai.Telemetry;

/// <summary>What a stream's chunks contribute to its captured output content: folded chunk by chunk, read once at the end.</summary>
/// <typeparam name="TChunk">The chunk record.</typeparam>
internal interface IContentFold<in TChunk>
{
    /// <summary>Folds one chunk in.</summary>
    void Append(TChunk chunk);

    /// <summary>The <c>gen_ai.output.messages</c> JSON of everything folded so far, cut to <paramref name="maxLength"/> bytes.</summary>
    string? OutputMessages(int maxLength);
}
