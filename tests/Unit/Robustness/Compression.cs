using System;
using System.IO;
using System.IO.Compression;

namespace Oai.UnitTests.Robustness;

/// <summary>Encodes bodies the way a server would for <c>Content-Encoding</c> gzip, deflate (zlib) and br.</summary>
internal static class Compression
{
    public static readonly string[] Encodings = ["gzip", "deflate", "br"];

    public static byte[] Encode(byte[] body, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "unknown encoding"),
        })
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }
}
