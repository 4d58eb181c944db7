using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Oai.Files;

namespace Oai.IntegrationTests.Contract;

/// <summary>The Files entries of the contract table.</summary>
public static partial class ContractCases
{
    private const string TrainingLines = """
        {"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}]}
        {"messages":[{"role":"user","content":"Bye"},{"role":"assistant","content":"Goodbye!"}]}

        """;

    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> FileCases() => new(StringComparer.Ordinal)
    {
        ["files.create from a stream, with expires_after"] = async (client, options) =>
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(TrainingLines));
            AssertFile(await client.Files.CreateAsync(
                content, "train.jsonl", FilePurpose.FineTune, FileExpiresAfter.AfterCreation(TimeSpan.FromDays(7)), options));
        },
        ["files.create from a path"] = async (client, options) =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"oai-contract-{Guid.NewGuid():N}.jsonl");
            await File.WriteAllTextAsync(path, TrainingLines);
            try
            {
                AssertFile(await client.Files.CreateAsync(path, FilePurpose.UserData, options: options));
            }
            finally
            {
                File.Delete(path);
            }
        },
        ["files.list every parameter, first page"] = async (client, options) =>
            AssertPage(await Listings.FirstPageAsync(client.Files.ListAsync(FilePurpose.FineTune, limit: 20, ListOrder.Ascending, after: "file-abc123", options)), AssertFile),
        ["files.list no parameters, first page"] = async (client, options) =>
            AssertPage(await Listings.FirstPageAsync(client.Files.ListAsync(options: options)), AssertFile),
        ["files.retrieve"] = async (client, options) =>
            AssertFile(await client.Files.RetrieveAsync("file-abc123", options)),
        ["files.delete"] = async (client, options) =>
        {
            var result = await client.Files.DeleteAsync("file-abc123", options);
            Assert.False(string.IsNullOrEmpty(result.Id), "expected the generated deletion result to carry the file id");
            Assert.Equal(ObjectKind.File, result.Object);
        },
        ["files.content as a stream"] = async (client, options) =>
        {
            var content = await client.Files.ContentAsync("file-abc123", options);
            await using (content)
            {
                using var reader = new StreamReader(content);
                Assert.NotEmpty(await reader.ReadToEndAsync());
            }
        },
        ["files.content as bytes"] = async (client, options) =>
            Assert.NotEmpty(await client.Files.ContentBytesAsync("file-abc123", options)),
        ["files.content downloaded to a file"] = async (client, options) =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"oai-contract-{Guid.NewGuid():N}.download");
            try
            {
                var written = await client.Files.DownloadToFileAsync("file-abc123", path, options);
                Assert.True(written > 0, "expected the generated content to be written to the file");
                Assert.Equal(written, new FileInfo(path).Length);
            }
            finally
            {
                File.Delete(path);
            }
        },
    };

    private static void AssertFile(FileObject file)
    {
        Assert.False(string.IsNullOrEmpty(file.Id), "expected the generated file to carry an id");
        Assert.Equal(ObjectKind.File, file.Object);
        Assert.False(string.IsNullOrEmpty(file.FileName), "expected the generated file to carry a file name");
        Assert.False(string.IsNullOrEmpty(file.Purpose.Value), "expected the generated file to carry a purpose");
    }
}
