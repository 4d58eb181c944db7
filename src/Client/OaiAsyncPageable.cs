using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Oai;

/// <summary>A cursor-paginated listing: <c>await foreach</c> over every item across all pages, or over
/// <see cref="AsPagesAsync"/> one page at a time.</summary>
/// <typeparam name="T">The item record.</typeparam>
/// <remarks>
/// <para>Pages are fetched lazily: the first request goes out on the first <c>MoveNextAsync</c>, and the next page
/// (<c>after</c> = the previous page's last id) only when the caller has read past the current one and
/// <c>has_more</c> was true. Each page is one call through the pipeline, with its own retries and its own span;
/// HTTP errors surface on the <c>MoveNextAsync</c> that needed the page.</para>
/// <para>Every enumeration starts again from the first page; the object itself holds no state and is thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// await foreach (var file in client.Files.ListAsync(purpose: FilePurpose.FineTune)) { Console.WriteLine(file.Id); }
/// </code>
/// </example>
public class OaiAsyncPageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<string?, CancellationToken, Task<ListPage<T>>>? _fetchPage;
    private readonly Func<T, string?>? _idOf;
    private readonly string? _firstAfter;
    private readonly CancellationToken _callToken;

    /// <summary>Initializes an empty listing, for test doubles that override the members.</summary>
    protected OaiAsyncPageable()
    {
    }

    /// <param name="fetchPage">Fetches the page after a cursor (null for the first page).</param>
    /// <param name="idOf">Reads an item's id, the cursor when a page omits <c>last_id</c>.</param>
    /// <param name="firstAfter">The caller's starting cursor, or null.</param>
    /// <param name="callToken">The token passed to the listing method; linked with the enumerator's.</param>
    internal OaiAsyncPageable(
        Func<string?, CancellationToken, Task<ListPage<T>>> fetchPage, Func<T, string?> idOf, string? firstAfter, CancellationToken callToken)
    {
        _fetchPage = fetchPage;
        _idOf = idOf;
        _firstAfter = firstAfter;
        _callToken = callToken;
    }

    /// <summary>Returns the pages one by one, each fetched when the previous one has been handed over.</summary>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The pages, in the service's order.</returns>
    /// <exception cref="OaiApiException">On enumeration: the service answered a page request with an error.</exception>
    /// <exception cref="OaiInvalidResponseException">On enumeration: a page said <c>has_more</c> without a usable cursor.</exception>
    public virtual async IAsyncEnumerable<ListPage<T>> AsPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_fetchPage is null || _idOf is null)
        {
            throw new InvalidOperationException("This listing has no source.");
        }

        using var linked = _callToken.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_callToken, cancellationToken)
            : null;
        var token = linked?.Token ?? (_callToken.CanBeCanceled ? _callToken : cancellationToken);
        var after = _firstAfter;
        while (true)
        {
            var page = await _fetchPage(after, token).ConfigureAwait(false);
            yield return page;
            if (!page.HasMore)
            {
                yield break;
            }

            // A page that promises more without a new cursor would end the listing early or page forever:
            // either way a silently wrong answer, so it is an invalid response.
            if (!page.HasNextPage(out var next, _idOf) || next == after)
            {
                throw new OaiInvalidResponseException(string.IsNullOrEmpty(next)
                    ? "A listing page says has_more but gives no cursor for the next page (no last_id and no item id)."
                    : "A listing page says has_more but gives the same cursor as the page before it.");
            }

            after = next;
        }
    }

    /// <summary>Starts the listing and returns an enumerator over every item of every page.</summary>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The enumerator.</returns>
    /// <exception cref="OaiApiException">On enumeration: the service answered a page request with an error.</exception>
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        ItemsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<T> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in AsPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Data)
            {
                yield return item;
            }
        }
    }
}
