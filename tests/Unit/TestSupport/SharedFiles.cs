using System;
using System.IO;

namespace Oai.UnitTests.TestSupport;

/// <summary>Finds files under the shared folder next to the solution (recordings, the OpenAPI contract).</summary>
/// <remarks>Tests read the shared files in place; nothing is copied into the test project.</remarks>
internal static class SharedFiles
{
    private static readonly Lazy<string> s_sharedRoot = new(FindSharedRoot);

    /// <summary>Returns the full path of a file under <c>&lt;solution dir&gt;/../shared</c>.</summary>
    public static string Path(params string[] parts)
    {
        string[] all = new string[parts.Length + 1];
        all[0] = s_sharedRoot.Value;
        parts.CopyTo(all, 1);
        return System.IO.Path.Combine(all);
    }

    /// <summary>Reads a file under <c>shared/recordings</c> as text.</summary>
    public static string ReadRecording(params string[] parts)
    {
        string[] all = new string[parts.Length + 1];
        all[0] = "recordings";
        parts.CopyTo(all, 1);
        string path = Path(all);
        Assert.True(File.Exists(path), $"Expected the recording {path} to exist.");
        return File.ReadAllText(path);
    }

    private static string FindSharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OaiClient.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException(
            $"No directory containing OaiClient.sln above {AppContext.BaseDirectory}; cannot locate ../shared.");
    }
}
