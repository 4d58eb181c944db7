using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Oai.Batches;

namespace Oai.IntegrationTests.Contract;

/// <summary>The Batches entries of the contract table.</summary>
/// <remarks><c>WaitForCompletionAsync</c> and <c>RunAsync</c> have no entry: they are loops over these calls (and files),
/// and Steady's random status would make their number of requests random; the emulator tests run them.</remarks>
public static partial class ContractCases
{
    private const string BatchId = "batch_abc123";

    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> BatchCases() => new(StringComparer.Ordinal)
    {
        ["batches.create with metadata"] = async (client, options) =>
            AssertBatch(await client.Batches.CreateAsync(
                new BatchRequest
                {
                    InputFileId = "file-abc123",
                    Endpoint = BatchEndpoint.ChatCompletions,
                    Metadata = new Dictionary<string, string> { ["job"] = "nightly" },
                },
                options)),
        ["batches.create embeddings, minimal"] = async (client, options) =>
            AssertBatch(await client.Batches.CreateAsync(new BatchRequest { InputFileId = "file-abc123", Endpoint = BatchEndpoint.Embeddings }, options)),
        ["batches.retrieve"] = async (client, options) =>
            AssertBatch(await client.Batches.RetrieveAsync(BatchId, options)),
        ["batches.cancel"] = async (client, options) =>
            AssertBatch(await client.Batches.CancelAsync(BatchId, options)),
        ["batches.list after and limit, first page"] = async (client, options) =>
            AssertPage(await Listings.FirstPageAsync(client.Batches.ListAsync(after: "batch_abc122", limit: 10, options)), AssertBatch),
        ["batches.list no parameters, first page"] = async (client, options) =>
            AssertPage(await Listings.FirstPageAsync(client.Batches.ListAsync(options: options)), AssertBatch),
    };

    private static void AssertBatch(Batch batch)
    {
        Assert.False(string.IsNullOrEmpty(batch.Id), "expected the generated batch to carry an id");
        Assert.Equal(ObjectKind.Batch, batch.Object);
        Assert.False(string.IsNullOrEmpty(batch.Endpoint.Value), "expected the generated batch to name its endpoint");
        Assert.False(string.IsNullOrEmpty(batch.Status.Value), "expected the generated batch to carry a status");
        Assert.False(string.IsNullOrEmpty(batch.InputFileId), "expected the generated batch to name its input file");
    }
}
