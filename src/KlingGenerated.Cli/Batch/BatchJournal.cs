using Newtonsoft.Json;

namespace KlingGenerated.Cli.Batch;

/// <summary>
/// An append-only record of every job's state in the output folder, flushed to disk at every
/// change, so a batch killed at any moment resumes without creating a task twice. The last line
/// written for a job wins; a torn last line (a kill mid-write) is ignored.
/// </summary>
internal sealed class BatchJournal : IDisposable
{
    public const string FileName = "kling-batch.journal.jsonl";

    private readonly FileStream _stream;
    private readonly Dictionary<int, BatchJournalEntry> _entries;
    private readonly Lock _gate = new();

    private BatchJournal(FileStream stream, Dictionary<int, BatchJournalEntry> entries)
    {
        _stream = stream;
        _entries = entries;
    }

    public string Path => _stream.Name;

    public static BatchJournal Open(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = System.IO.Path.Combine(outputDirectory, FileName);
        var entries = new Dictionary<int, BatchJournalEntry>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (TryRead(line) is { } entry)
                {
                    entries[entry.Line] = entry;
                }
            }
        }

        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 1, FileOptions.WriteThrough);
        if (stream.Length > 0)
        {
            // A kill mid-write may have left a line without its newline; start on a fresh line.
            stream.Write("\n"u8);
        }

        return new BatchJournal(stream, entries);
    }

    public BatchJournalEntry? Find(int line)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(line, out var entry) ? entry.Copy() : null;
        }
    }

    public IReadOnlyList<BatchJournalEntry> All()
    {
        lock (_gate)
        {
            return _entries.Values.OrderBy(e => e.Line).Select(e => e.Copy()).ToList();
        }
    }

    public void Record(BatchJournalEntry entry)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(entry, Formatting.None) + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush(flushToDisk: true);
            _entries[entry.Line] = entry.Copy();
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
