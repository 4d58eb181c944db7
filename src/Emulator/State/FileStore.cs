using System;
using System.Collections.Generic;
using System.Linq;
using Oai.Emulator.Core;
using Oai.Files;

namespace Oai.Emulator.State;

/// <summary>The emulator's files, in memory: records and contents in upload order; an expired file is gone.</summary>
internal sealed class FileStore(TimeProvider clock)
{
    private readonly List<(FileObject Record, byte[] Content)> _files = [];
    private readonly object _gate = new();

    /// <summary>Stores a file; <paramref name="createdAt"/> dates one the emulator made itself (a batch's result
    /// files, written when the batch is first seen done) at the moment it was due rather than now.</summary>
    public FileObject Add(FilePurpose purpose, string fileName, byte[] content, TimeSpan? expiresAfter, DateTimeOffset? createdAt = null)
    {
        var now = Truncate(createdAt ?? clock.GetUtcNow());
        var record = new FileObject
        {
            Id = Ids.New("file-", 22),
            Bytes = content.Length,
            CreatedAt = now,
            ExpiresAt = expiresAfter is { } after ? now + after : null,
            FileName = fileName,
            Purpose = purpose,
            Status = FileStatus.Processed,
        };
        lock (_gate)
        {
            _files.Add((record, content));
        }

        return record;
    }

    public (FileObject Record, byte[] Content)? Find(string id)
    {
        lock (_gate)
        {
            RemoveExpired();
            var index = _files.FindIndex(file => file.Record.Id == id);
            return index < 0 ? null : _files[index];
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            RemoveExpired();
            return _files.RemoveAll(file => file.Record.Id == id) > 0;
        }
    }

    /// <summary>A page of files, newest first unless <paramref name="ascending"/>, starting after the file <paramref name="after"/>.</summary>
    public ListPage<FileObject> List(FilePurpose? purpose, bool ascending, string? after, int limit)
    {
        lock (_gate)
        {
            RemoveExpired();
            IEnumerable<FileObject> files = _files.Select(file => file.Record).Where(file => purpose is null || file.Purpose == purpose);
            if (!ascending)
            {
                files = files.Reverse();
            }

            return Pages.After(files.ToList(), after, limit, file => file.Id);
        }
    }

    private void RemoveExpired()
    {
        var now = clock.GetUtcNow();
        _files.RemoveAll(file => file.Record.ExpiresAt is { } expiresAt && expiresAt <= now);
    }

    /// <summary>Whole seconds, as the wire carries them, so a record read back equals the one stored.</summary>
    internal static DateTimeOffset Truncate(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
