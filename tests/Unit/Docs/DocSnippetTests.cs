using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Docs;

/// <summary>Every C# block in a guide is quoted from the compiled sample file it names, line for line.</summary>
public sealed partial class DocSnippetTests
{
    [Theory]
    [InlineData("docs/completions.md", "tests/Unit/Docs/CompletionsDocSamples.cs")]
    [InlineData("docs/embeddings.md", "tests/Unit/Docs/EmbeddingsDocSamples.cs")]
    public void Each_code_block_is_a_run_of_lines_of_the_sample_file(string doc, string samples)
    {
        var docText = File.ReadAllText(Path.Combine(RequestPaths.SolutionDirectory, doc));
        var sourceLines = File.ReadAllLines(Path.Combine(RequestPaths.SolutionDirectory, samples)).Select(l => l.Trim()).ToArray();
        var blocks = CSharpBlock().Matches(docText);
        Assert.NotEmpty(blocks);

        foreach (Match block in blocks)
        {
            var lines = block.Groups[1].Value.Split('\n').Select(l => l.Trim()).ToArray();
            var found = Enumerable.Range(0, sourceLines.Length - lines.Length + 1)
                .Any(start => lines.SequenceEqual(sourceLines.Skip(start).Take(lines.Length)));
            Assert.True(found, $"{doc} quotes a block that is not in {samples}:{Environment.NewLine}{block.Groups[1].Value}");
        }
    }

    [GeneratedRegex("```csharp\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
