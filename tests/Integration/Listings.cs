using System;
using System.Threading.Tasks;

namespace Oai.IntegrationTests;

/// <summary>Reads listings one page at a time, for tests that must send exactly one request per listing.</summary>
public static class Listings
{
    /// <summary>The first page of a listing, and only that: one request, whatever <c>has_more</c> says.</summary>
    public static async Task<ListPage<T>> FirstPageAsync<T>(OaiAsyncPageable<T> listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        await foreach (var page in listing.AsPagesAsync())
        {
            return page;
        }

        throw new InvalidOperationException("expected the listing to yield at least one page");
    }
}
