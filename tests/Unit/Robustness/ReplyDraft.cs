using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Oai.UnitTests.Robustness;

/// <summary>A reply being mutated: text while structural mutations apply, bytes once a byte-level one has.</summary>
internal sealed class ReplyDraft
{
    private byte[]? _bytes;
    private string? _text;

    public ReplyDraft(SeedReply seed, string body)
    {
        Status = seed.Status;
        ContentType = seed.ContentType;
        Headers = [.. seed.Headers];
        _text = body;
    }

    public int Status { get; set; }

    public string? ContentType { get; set; }

    public string? ContentEncoding { get; set; }

    public List<KeyValuePair<string, string>> Headers { get; }

    public BodyEnd End { get; set; } = BodyEnd.Complete;

    public int Cutoff { get; set; }

    /// <summary>Gets or sets the body as text; reading it after a byte-level mutation decodes the bytes (lossily).</summary>
    public string Text
    {
        get => _text ?? Encoding.UTF8.GetString(_bytes!);
        set
        {
            _text = value;
            _bytes = null;
        }
    }

    public byte[] Bytes
    {
        get => _bytes ?? Encoding.UTF8.GetBytes(_text!);
        set
        {
            _bytes = value;
            _text = null;
        }
    }

    public void SetHeader(string name, string value)
    {
        Headers.RemoveAll(h => h.Key.Equals(name, System.StringComparison.OrdinalIgnoreCase));
        Headers.Add(new(name, value));
    }

    public Reply Build() => new()
    {
        Status = Status,
        ContentType = ContentType,
        ContentEncoding = ContentEncoding,
        Headers = Headers.ToList(),
        Body = Bytes,
        End = End,
        Cutoff = Cutoff,
    };
}
