using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Oai;

/// <summary>Builds <see cref="OaiAsyncPageable{T}"/> test doubles, so a mocked listing method is one line.</summary>
/// <example>
/// <code>
/// files.Setup(f => f.ListAsync(null, null, null, null, null, default))
///     .Returns(OaiAsyncPageable.FromPages(new ListPage&lt;FileObject&gt; { Data = [file1, file2] }));
/// </code>
/// </example>
public static class OaiAsyncPageable
{
    /// <summary>Creates a listing over <paramref name="pages"/>: <see cref="OaiAsyncPageable{T}.AsPagesAsync"/> yields
    /// them in order and enumerating the listing yields their items; the pages' <c>has_more</c> and cursors are not consulted.</summary>
    /// <typeparam name="T">The item record.</typeparam>
    /// <param name="pages">The pages, copied now.</param>
    /// <returns>The listing; like a real one it can be enumerated any number of times, each time from the first page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> or one of them is null.</exception>
    public static OaiAsyncPageable<T> FromPages<T>(params IEnumerable<ListPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ListPage<T>[] copy = [.. pages];
        foreach (var page in copy)
        {
            ArgumentNullException.ThrowIfNull(page, nameof(pages));
        }

        return new PageList<T>(copy);
    }

    /// <summary>A listing over a fixed list of pages.</summary>
    private sealed class PageList<T>(ListPage<T>[] pages) : OaiAsyncPageable<T>
    {
        public override async IAsyncEnumerable<ListPage<T>> AsPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return page;
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
