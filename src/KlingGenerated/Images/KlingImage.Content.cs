using System.Buffers;
using System.Buffers.Text;

namespace KlingGenerated;

// Adds to KlingImage: access to a local image's bytes, for the checks before sending, for
// streaming its Base64 into the request body, and for writing it into JSON whole.
public sealed partial class KlingImage
{
    /// <summary>Input bytes per Base64 block: a multiple of 3, so no block but the last needs padding.</summary>
    private const int EncodeBlock = 48 * 1024;

    /// <summary>The decoded size in bytes (a file's current length).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    internal long GetByteLength()
    {
        if (_path is not null)
        {
            LocalFileKind.ThrowIfNoLongerRegular(_path);
            var info = new FileInfo(_path);
            return info.Exists ? info.Length : throw new FileNotFoundException($"{Name}: file not found.", _path);
        }

        if (_base64 is not null)
        {
            Base64.IsValid(_base64, out var decoded);
            return decoded;
        }

        return _bytes.Length;
    }

    /// <summary>How many Base64 characters the image takes on the wire.</summary>
    internal long GetBase64Length() => _base64?.Length ?? (GetByteLength() + 2) / 3 * 4;

    /// <summary>The image's bytes, from the start; reading a file opens it unbuffered, so only what is asked for is read.</summary>
    /// <exception cref="IOException">The file has been replaced by something that is not a regular file (which could block the open).</exception>
    internal Stream OpenRead()
    {
        if (_path is not null)
        {
            LocalFileKind.ThrowIfNoLongerRegular(_path);
            return new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }

        if (_base64 is not null)
        {
            return new Base64DecodingStream(_base64);
        }

        return new ReadOnlyMemoryStream(_bytes);
    }

    /// <summary>The image's Base64, read whole into memory (for serializers other than the client's body writer).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is larger than <see cref="KlingImageRules.MaxBytes"/>.</exception>
    internal string ReadBase64()
    {
        if (_base64 is not null)
        {
            return _base64;
        }

        if (_path is null)
        {
            return Convert.ToBase64String(_bytes.Span);
        }

        using var source = OpenRead();
        var bytes = ReadJustPastLimit(source);
        return bytes.Length > KlingImageRules.MaxBytes
            ? throw new InvalidDataException($"{Name}: the image is larger than {KlingImageRules.MaxBytes} bytes, the most Kling accepts.")
            : Convert.ToBase64String(bytes.Span);
    }

    /// <summary>Writes the image as Base64 (ASCII) to <paramref name="destination"/> without holding it in memory.</summary>
    internal async Task WriteBase64Async(Stream destination, CancellationToken cancellationToken)
    {
        if (_base64 is not null)
        {
            await WriteAsciiAsync(_base64, destination, cancellationToken).ConfigureAwait(false);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var input = ArrayPool<byte>.Shared.Rent(EncodeBlock);
        var output = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(EncodeBlock));
        try
        {
            var source = OpenRead();
            await using (source.ConfigureAwait(false))
            {
                var pending = 0;
                while (true)
                {
                    var read = await source.ReadAtLeastAsync(input.AsMemory(pending, EncodeBlock - pending), EncodeBlock - pending, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                    var available = pending + read;
                    var final = available < EncodeBlock;
                    Base64.EncodeToUtf8(input.AsSpan(0, available), output, out var consumed, out var written, isFinalBlock: final);
                    await destination.WriteAsync(output.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
                    if (final)
                    {
                        return;
                    }

                    pending = available - consumed;
                    input.AsSpan(consumed, pending).CopyTo(input);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    private static async Task WriteAsciiAsync(string text, Stream destination, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(EncodeBlock);
        try
        {
            for (var start = 0; start < text.Length; start += EncodeBlock)
            {
                var count = System.Text.Encoding.ASCII.GetBytes(text.AsSpan(start, Math.Min(EncodeBlock, text.Length - start)), buffer);
                await destination.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
