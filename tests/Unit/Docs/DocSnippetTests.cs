using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Oai.UnitTests.Docs;

/// <summary>Every code block in docs/ marked <c>&lt;!-- snippet: FILE#NAME --&gt;</c> must equal the region
/// <c>// docs:begin NAME</c> ... <c>// docs:end</c> of that compiled (and tested) file.</summary>
public sealed partial class DocSnippetTests
{
    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OaiClient.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OaiClient.sln not found above the test binaries.");
    }

    public static TheoryData<string> Docs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Docs))]
    public void Quoted_code_is_the_compiled_code(string doc)
    {
        var root = RepoRoot();
        var text = File.ReadAllText(Path.Combine(root, "docs", doc)).ReplaceLineEndings("\n");
        var matches = Snippet().Matches(text);
        Assert.Equal(Regex.Count(text, "<!-- snippet: "), matches.Count);
        Assert.True(Regex.Count(text, "```csharp") == matches.Count, $"{doc}: every C# block must be a snippet of compiled code");
        foreach (Match match in matches)
        {
            var source = File.ReadAllText(Path.Combine(root, match.Groups["file"].Value)).ReplaceLineEndings("\n");
            var name = match.Groups["name"].Value;
            var region = Region(source, name);
            Assert.True(region is not null, $"{doc}: no region '// docs:begin {name}' in {match.Groups["file"].Value}");
            Assert.Equal(region, match.Groups["code"].Value.TrimEnd('\n'));
        }
    }

    private static string? Region(string source, string name)
    {
        var lines = source.Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == $"// docs:begin {name}");
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "// docs:end");
        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"<!-- snippet: (?<file>[^#\s]+)#(?<name>[\w-]+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
