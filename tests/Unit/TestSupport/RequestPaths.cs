using System;
using System.IO;

namespace Oai.UnitTests.TestSupport;

/// <summary>Finds files shared between worktrees, starting from the test binaries.</summary>
internal static class RequestPaths
{
    /// <summary>Gets the directory that holds <c>OaiClient.sln</c>.</summary>
    public static string SolutionDirectory { get; } = FindSolutionDirectory();

    /// <summary>Gets the path of the published OpenAPI contract, <c>../shared/openapi/openapi.yaml</c> from the solution.</summary>
    public static string OpenApiYaml => Path.GetFullPath(Path.Combine(SolutionDirectory, "..", "shared", "openapi", "openapi.yaml"));

    private static string FindSolutionDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OaiClient.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains OaiClient.sln.");
    }
}
