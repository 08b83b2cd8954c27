using System.Text;

namespace KlingGenerated.Cli;

/// <summary>
/// The one way out of the process: every line written to stdout or stderr passes through here and
/// leaves with every known secret (in any escaped or encoded form) and every key-shaped token removed.
/// </summary>
/// <remarks>
/// Text is held until a line ends (or <see cref="Flush"/>), so a secret written in pieces is still
/// seen whole. Secrets are added once the command line is read; nothing is written before that.
/// </remarks>
internal sealed class ScrubbingWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private readonly StringBuilder _pending = new();
    private readonly Lock _gate = new();
    private List<string> _secrets = [];

    public override Encoding Encoding => inner.Encoding;

    public IReadOnlyList<string> Secrets
    {
        get
        {
            lock (_gate)
            {
                return _secrets;
            }
        }
    }

    public void AddSecrets(IEnumerable<string> secrets)
    {
        lock (_gate)
        {
            _secrets = [.. _secrets.Union(secrets.Where(s => !string.IsNullOrEmpty(s)), StringComparer.Ordinal)];
        }
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            _pending.Append(value);
            EmitCompleteLines();
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            _pending.Append(value);
            EmitCompleteLines();
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            _pending.Append(buffer, index, count);
            EmitCompleteLines();
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            _pending.Append(buffer);
            EmitCompleteLines();
        }
    }

    public override void Flush()
    {
        lock (_gate)
        {
            Emit(_pending.Length);
            inner.Flush();
        }
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void EmitCompleteLines()
    {
        for (var i = _pending.Length - 1; i >= 0; i--)
        {
            if (_pending[i] == '\n')
            {
                Emit(i + 1);
                return;
            }
        }
    }

    private void Emit(int length)
    {
        if (length == 0)
        {
            return;
        }

        var text = _pending.ToString(0, length);
        _pending.Remove(0, length);
        inner.Write(SecretRedactor.Redact(text, _secrets));
    }
}
