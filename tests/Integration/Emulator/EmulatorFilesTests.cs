using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Emulator;
using Oai.Files;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Files on the emulator: upload, content round trip, purposes, pagination, deletion and expiry.</summary>
public sealed class EmulatorFilesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_uploaded_file_is_retrieved_and_downloaded_byte_for_byte_then_deleted(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray();

        var uploaded = await client.Files.CreateAsync(new MemoryStream(bytes), "data.bin", FilePurpose.UserData);
        var retrieved = await client.Files.RetrieveAsync(uploaded.Id);
        await using var content = await client.Files.ContentAsync(uploaded.Id);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        var deleted = await client.Files.DeleteAsync(uploaded.Id);
        var gone = await Assert.ThrowsAsync<OaiApiException>(() => client.Files.RetrieveAsync(uploaded.Id));

        Assert.StartsWith("file-", uploaded.Id);
        Assert.Equal(70_000, uploaded.Bytes);
        Assert.Equal("data.bin", uploaded.FileName);
        Assert.Equal(FilePurpose.UserData, uploaded.Purpose);
        Assert.True(uploaded.IsProcessed);
        Assert.Equal(uploaded, retrieved);
        Assert.Equal(bytes, copy.ToArray());
        Assert.True(deleted.Deleted);
        Assert.Equal(uploaded.Id, deleted.Id);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal($"No such File object: {uploaded.Id}", gone.ApiMessage);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Listing_filters_by_purpose_orders_and_pages_with_after_and_limit(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        var ids = new string[5];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = (await client.Files.CreateAsync(new MemoryStream([(byte)i]), $"f{i}.jsonl", FilePurpose.FineTune)).Id;
        }

        await client.Files.CreateAsync(new MemoryStream([9]), "other.txt", FilePurpose.Assistants);

        var newestFirst = await client.Files.ListAsync(purpose: FilePurpose.FineTune, limit: 2).Select(file => file.Id).ToListAsync();
        var pages = await client.Files.ListAsync(purpose: FilePurpose.FineTune, limit: 2, order: ListOrder.Ascending).AsPagesAsync().ToListAsync();
        var afterSecond = await client.Files.ListAsync(purpose: FilePurpose.FineTune, order: ListOrder.Ascending, after: ids[1]).Select(file => file.Id).ToListAsync();

        Assert.Equal(ids.Reverse(), newestFirst);
        Assert.Equal([2, 2, 1], pages.Select(page => page.Data.Count));
        Assert.Equal([true, true, false], pages.Select(page => page.HasMore));
        Assert.Equal(ids, pages.SelectMany(page => page.Data).Select(file => file.Id));
        Assert.Equal(ids[0], pages[0].FirstId);
        Assert.Equal(ids[1], pages[0].LastId);
        Assert.Equal(ids[2..], afterSecond);
        Assert.Equal(6, await client.Files.ListAsync().CountAsync());
    }

    [Fact]
    public async Task A_file_with_an_expiry_disappears_when_the_emulators_clock_passes_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);

        var file = await client.Files.CreateAsync(new MemoryStream("x"u8.ToArray()), "batch.jsonl", FilePurpose.Batch, FileExpiresAfter.AfterCreation(TimeSpan.FromHours(2)));
        Assert.Equal(clock.GetUtcNow().AddHours(2), file.ExpiresAt);

        clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(file.Id, (await client.Files.RetrieveAsync(file.Id)).Id);

        clock.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<OaiApiException>(() => client.Files.RetrieveAsync(file.Id));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(0, await client.Files.ListAsync().CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_bad_purpose_or_expiry_is_a_400_naming_the_parameter(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var purpose = await Assert.ThrowsAsync<OaiApiException>(() => client.Files.CreateAsync(new MemoryStream([1]), "a.txt", FilePurpose.Create("nonsense")));
        var expiry = await Assert.ThrowsAsync<OaiApiException>(() =>
            client.Files.CreateAsync(new MemoryStream([1]), "a.txt", FilePurpose.Batch, FileExpiresAfter.AfterCreation(TimeSpan.FromMinutes(1))));

        Assert.Equal(HttpStatusCode.BadRequest, purpose.StatusCode);
        Assert.Equal("purpose", purpose.Param);
        Assert.Equal(HttpStatusCode.BadRequest, expiry.StatusCode);
        Assert.Equal("expires_after.seconds", expiry.Param);
    }
}
