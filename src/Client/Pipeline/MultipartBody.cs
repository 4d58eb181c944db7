using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Oai.Pipeline;

/// <summary>A <c>multipart/form-data</c> body whose file parts are streamed from the caller's stream, never copied
/// into memory.</summary>
/// <remarks>
/// <para>A seekable file stream can be sent again by a retried attempt (<see cref="StreamContent"/> rewinds it to where it
/// stood when the body was built); a non-seekable one cannot, so the body reports <see cref="Replayable"/> false and the
/// pipeline sends such a request once (<see cref="RetryPolicy.IsSendOnce"/>).</para>
/// <para>Part headers are written in UTF-8 and a file name goes in a quoted <c>filename</c> parameter, as browsers and
/// RFC 7578 do. <see cref="MultipartFormDataContent.Add(HttpContent, string, string)"/> would instead write a MIME-encoded
/// <c>filename="=?utf-8?B?...?="</c> plus a <c>filename*</c> parameter (which RFC 7578 section 4.2 says must not be used) for
/// any non-ASCII name, and form servers would store the encoded text as the name.</para>
/// </remarks>
internal sealed class MultipartBody : MultipartFormDataContent
{
    private static readonly MediaTypeHeaderValue s_octetStream = new("application/octet-stream");

    public MultipartBody()
    {
        HeaderEncodingSelector = static (_, _) => Encoding.UTF8;
    }

    /// <summary>Gets whether every part can be sent again by a retried attempt.</summary>
    public bool Replayable { get; private set; } = true;

    /// <summary>Adds a file part that reads <paramref name="content"/> from its current position when the body is sent.</summary>
    /// <remarks>The stream stays the caller's: disposing this body does not dispose it.</remarks>
    public void AddFile(string name, Stream content, string fileName)
    {
        var part = new StreamContent(new NonDisposingStream(content), 81920);
        part.Headers.ContentType = s_octetStream;
        part.Headers.TryAddWithoutValidation(
            "Content-Disposition", $"form-data; name=\"{Escape(name)}\"; filename=\"{Escape(fileName)}\"");
        Replayable &= content.CanSeek;
        Add(part);
    }

    /// <summary>Adds a plain text field.</summary>
    public void AddText(string name, string value)
    {
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
        part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{Escape(name)}\"");
        Add(part);
    }

    /// <summary>Escapes a quoted parameter the way the HTML form encoding does: <c>"</c>, CR and LF percent-encoded.</summary>
    private static string Escape(string value) =>
        value.Replace("\"", "%22", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
}
