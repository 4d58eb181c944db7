using System.IO;
using Oai.Pipeline;

namespace Oai.Files;

/// <summary>One upload's arguments, as the <c>files.create</c> operation takes them.</summary>
/// <param name="Content">The caller's stream, read from its current position; never disposed here.</param>
/// <param name="FileName">The name sent in the <c>file</c> part (never a local path).</param>
/// <param name="Purpose">The <c>purpose</c> field.</param>
/// <param name="ExpiresAfter">The <c>expires_after</c> fields, or null.</param>
internal sealed record FileUpload(Stream Content, string FileName, FilePurpose Purpose, FileExpiresAfter? ExpiresAfter)
{
    /// <summary>Builds the <c>multipart/form-data</c> body of <c>POST /files</c>.</summary>
    public MultipartBody ToMultipart()
    {
        var body = new MultipartBody();
        body.AddText("purpose", Purpose.Value);
        if (ExpiresAfter is { } expiry)
        {
            body.AddText("expires_after[anchor]", expiry.Anchor);
            body.AddText("expires_after[seconds]", expiry.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        body.AddFile("file", Content, FileName);
        return body;
    }
}
