namespace KlingGenerated.Cli.Batch;

/// <summary>
/// Reads a jobs file into lines with their job keys. Identical lines without an id are distinct jobs,
/// numbered by occurrence ("key", "key-2", ...); an id used twice makes every line using it invalid.
/// </summary>
internal static class BatchJobFile
{
    public static IReadOnlyList<BatchJobLine> Read(string path)
    {
        var lines = File.ReadLines(path)
            .Select((text, index) => (Line: index + 1, Text: text))
            .Where(l => !string.IsNullOrWhiteSpace(l.Text) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l => BatchJobLine.Read(l.Line, l.Text))
            .ToList();

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].HasExplicitId)
            {
                var seen = occurrences[lines[i].Key] = occurrences.GetValueOrDefault(lines[i].Key) + 1;
                if (seen > 1)
                {
                    lines[i] = lines[i] with { Key = $"{lines[i].Key}-{seen}" };
                }
            }
        }

        // Keys are compared ignoring case: they name files, and some file systems ignore case.
        foreach (var clash in lines.Where(l => l.Error is null).GroupBy(l => l.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var numbers = clash.Select(l => l.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var where = string.Join(", ", numbers[..^1]) + " and " + numbers[^1];
            foreach (var line in clash)
            {
                var index = lines.IndexOf(line);
                lines[index] = line with
                {
                    Error = $"\"{BatchJobLine.IdField}\" \"{clash.Key}\" is used on lines {where}; each job needs its own.",
                };
            }
        }

        return lines;
    }
}
