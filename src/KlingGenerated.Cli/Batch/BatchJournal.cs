using Newtonsoft.Json;

namespace KlingGenerated.Cli.Batch;

/// <summary>
/// An append-only record of every job's state in the output folder, flushed to disk at every
/// change, so a batch killed at any moment resumes without creating a task twice. Jobs are found by
/// their key; the last line written for a key wins; a torn last line (a kill mid-write) is ignored.
/// Only the run holding <see cref="BatchLock"/> opens it.
/// </summary>
internal sealed class BatchJournal : IDisposable
{
    public const string FileName = "kling-batch.journal.jsonl";

    private readonly FileStream _stream;
    private readonly Dictionary<string, BatchJournalEntry> _entries;
    private readonly Lock _gate = new();

    private BatchJournal(FileStream stream, Dictionary<string, BatchJournalEntry> entries, int entriesWithoutKey)
    {
        _stream = stream;
        _entries = entries;
        EntriesWithoutKey = entriesWithoutKey;
    }

    public string Path => _stream.Name;

    /// <summary>Entries written by an older kling that knew jobs by line number only; they are ignored.</summary>
    public int EntriesWithoutKey { get; }

    public static BatchJournal Open(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = System.IO.Path.Combine(outputDirectory, FileName);
        var entries = new Dictionary<string, BatchJournalEntry>(StringComparer.Ordinal);
        var withoutKey = 0;
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (TryRead(line) is not { } entry)
                {
                    continue;
                }

                if (string.IsNullOrEmpty(entry.Key))
                {
                    withoutKey++;
                }
                else
                {
                    entries[entry.Key] = entry;
                }
            }
        }

        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 1, FileOptions.WriteThrough);
        if (stream.Length > 0)
        {
            // A kill mid-write may have left a line without its newline; start on a fresh line.
            stream.Write("\n"u8);
        }

        return new BatchJournal(stream, entries, withoutKey);
    }

    public BatchJournalEntry? Find(string key)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key, out var entry) ? entry.Copy() : null;
        }
    }

    public void Record(BatchJournalEntry entry)
    {
        ArgumentException.ThrowIfNullOrEmpty(entry.Key);
        var bytes = System.Text.Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(entry, Formatting.None) + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush(flushToDisk: true);
            _entries[entry.Key] = entry.Copy();
        }
    }

    public void Dispose() => _stream.Dispose();

    private static BatchJournalEntry? TryRead(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<BatchJournalEntry>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
