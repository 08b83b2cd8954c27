using System.Globalization;
using System.Text;

namespace KlingGenerated.Cli.Batch;

// Server text (messages, task ids) as a batch records and shows it: without any key given, and
// without characters that move the cursor or start a line, so no server can forge output.
internal static class BatchText
{
    public static string Clean(string text, IEnumerable<string> secrets) => Printable(CommandExecution.Scrub(text, secrets));

    public static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' or '\r' or '\t' => ' ',
                _ when char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => '?',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
