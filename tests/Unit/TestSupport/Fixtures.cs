using System.IO;

namespace Oai.UnitTests.TestSupport;

/// <summary>Reads the fixtures this test project writes itself (tests/Unit/Fixtures), in place.</summary>
internal static class Fixtures
{
    /// <summary>Reads a fixture file as text.</summary>
    /// <param name="name">The file name under tests/Unit/Fixtures.</param>
    /// <returns>The text.</returns>
    public static string Read(string name)
    {
        var path = Path.Combine(RequestPaths.SolutionDirectory, "tests", "Unit", "Fixtures", name);
        Assert.True(File.Exists(path), $"Expected the fixture {path} to exist.");
        return File.ReadAllText(path);
    }
}
