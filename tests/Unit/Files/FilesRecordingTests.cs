using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Oai.Files;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Files;

/// <summary>The Files recordings of openai-dotnet, replayed through the client with exact values.</summary>
public sealed class FilesRecordingTests
{
    private static MemoryStream Text() => new("Hello! This is a test text file. Please delete me."u8.ToArray());

    [Fact]
    public async Task UploadFile_UsingStream_reads_the_uploaded_image_and_deletes_it()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FilesTests", "UploadFile(UsingStream).json");
        using var client = TestClients.Create(mock);

        using var image = new MemoryStream(new byte[64]);
        var file = await client.Files.CreateAsync(image, "images_dog_and_cat.png", FilePurpose.Vision);
        var deleted = await client.Files.DeleteAsync(file.Id);

        Assert.Equal("file-MyNqKnXPtYeCSxqL3f8EdK", file.Id);
        Assert.Equal(ObjectKind.File, file.Object);
        Assert.Equal(FilePurpose.Vision, file.Purpose);
        Assert.Equal("images_dog_and_cat.png", file.FileName);
        Assert.Equal(3162696L, file.Bytes);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1780006005), file.CreatedAt);
        Assert.Null(file.ExpiresAt);
        Assert.False(file.TryGetExpiry(out _), "expires_at: null means no expiry.");
        Assert.True(file.IsProcessed);
        Assert.Null(file.StatusDetails);
        Assert.Equal(new FileDeletionResult { Id = "file-MyNqKnXPtYeCSxqL3f8EdK", Deleted = true }, deleted with { AdditionalProperties = null });
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task GetFile_retrieves_what_was_uploaded()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FilesTests", "GetFile.json");
        using var client = TestClients.Create(mock);

        using var text = Text();
        var uploaded = await client.Files.CreateAsync(text, "test-file-delete-me.txt", FilePurpose.Assistants);
        var retrieved = await client.Files.RetrieveAsync(uploaded.Id);
        var deleted = await client.Files.DeleteAsync(uploaded.Id);

        Assert.Equal("file-8b8J1x9SpFKobop9wFkAZs", retrieved.Id);
        Assert.Equal(uploaded, retrieved);
        Assert.Equal(50L, retrieved.Bytes);
        Assert.Equal(FilePurpose.Assistants, retrieved.Purpose);
        Assert.Equal(FileStatus.Processed, retrieved.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1780006012), retrieved.CreatedAt);
        Assert.True(deleted.Deleted);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task DeleteFile_returns_the_deletion_record()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FilesTests", "DeleteFile(True).json");
        using var client = TestClients.Create(mock);

        using var text = Text();
        var file = await client.Files.CreateAsync(text, "test-file-delete-me.txt", FilePurpose.Assistants);
        var deleted = await client.Files.DeleteAsync(file.Id);

        Assert.Equal("file-YFJPwr3tabnv2ScEevmcUc", deleted.Id);
        Assert.Equal(ObjectKind.File, deleted.Object);
        Assert.True(deleted.Deleted);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task ListFiles_reads_every_file_of_the_single_page()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FilesTests", "ListFiles.json");
        using var client = TestClients.Create(mock);

        using var first = Text();
        using var second = Text();
        using var image = new MemoryStream(new byte[16]);
        var a = await client.Files.CreateAsync(first, "test-file-delete-me.txt", FilePurpose.Assistants);
        var b = await client.Files.CreateAsync(second, "test-file-delete-me.txt", FilePurpose.Assistants);
        var c = await client.Files.CreateAsync(image, "images_dog_and_cat.png", FilePurpose.Vision);
        var pages = await client.Files.ListAsync(purpose: FilePurpose.Assistants).AsPagesAsync().ToListAsync();
        foreach (var id in new[] { c.Id, b.Id, a.Id })
        {
            Assert.True((await client.Files.DeleteAsync(id)).Deleted);
        }

        var page = Assert.Single(pages);
        Assert.Equal(1120, page.Data.Count);
        Assert.False(page.HasMore);
        Assert.Equal("file-3fTGwUzYyZ7yYEDyj2oMtb", page.FirstId);
        Assert.Equal("file-rvENUCg1hpwSFBBPXt1RZmCM", page.LastId);
        Assert.Equal(b.Id, page.Data[0].Id);
        Assert.Equal(56L, page.Data[0].Bytes);
        Assert.Equal(a.Id, page.Data[1].Id);
        Assert.Equal("sample_file_004.txt", page.Data[4].FileName);
        Assert.Equal(23L, page.Data[4].Bytes);
        Assert.All(page.Data, file => Assert.Equal(FilePurpose.Assistants, file.Purpose));
        Assert.All(page.Data, file => Assert.Null(file.ExpiresAt));
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task GetFileCanParseServiceError_surfaces_the_404_as_typed_fields()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FilesTests", "GetFileCanParseServiceError.json");
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Files.RetrieveAsync("fake_id"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("invalid_request_error", ex.ErrorType);
        Assert.Equal("id", ex.Param);
        Assert.Null(ex.Code);
        Assert.Equal("No such File object: fake_id", ex.ApiMessage);
        Assert.Equal(0, replay.Remaining);
    }
}
