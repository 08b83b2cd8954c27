using System.Buffers.Text;
using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>
/// An image for any image field of a request (<c>image</c>, <c>image_tail</c>, <c>image_list[].image</c>,
/// <c>subject_image_list[].subject_image</c>, scene and style images, masks): a public URL, or local
/// bytes that the client sends as raw Base64.
/// </summary>
/// <remarks>
/// <para>Built only through its factories; every image field of the generated requests is typed
/// KlingImage, so <c>Image = KlingImage.FromFile("cat.png")</c> works on each of them. In JSON it is
/// the wire's string (<see cref="KlingImageJsonConverter"/>): the URL, or the raw Base64.</para>
/// <para>Local images (file, bytes, stream, Base64) are checked before the request is sent: JPEG or PNG by
/// their bytes, at most 10 MB, both sides at least 300 px, aspect ratio between 1:2.5 and 2.5:1
/// (<see cref="KlingImageRules"/>). A file is read only when the request is sent, and its Base64 is
/// streamed into the request body, so a 10 MB image never sits in memory. Bytes are sent as plain
/// Base64: <c>{ 1, 2, 3 }</c> goes on the wire as <c>"AQID"</c>.</para>
/// </remarks>
[JsonConverter(typeof(KlingImageJsonConverter))]
public sealed partial class KlingImage
{
    private readonly string? _path;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string? _base64;

    private KlingImage(string name, Uri? url = null, string? path = null, ReadOnlyMemory<byte> bytes = default, string? base64 = null)
    {
        Name = name;
        Url = url;
        _path = path;
        _bytes = bytes;
        _base64 = base64;
    }

    /// <summary>How errors name this image: the file name, the URL, or the name given to the factory.</summary>
    public string Name { get; }

    /// <summary>The URL, when the image is a public URL (its <see cref="Uri.OriginalString"/> is what is sent); null for local images.</summary>
    public Uri? Url { get; }

    /// <summary>Whether the image is sent as Base64 (a file, bytes, a stream or a Base64 string).</summary>
    public bool IsLocal => Url is null;

    /// <summary>An image file, read and checked when the request is sent (not now).</summary>
    /// <param name="path">The file; its name appears in error messages.</param>
    /// <exception cref="ArgumentException">The path is a directory, a FIFO, a device or a socket (checked without opening it).</exception>
    public static KlingImage FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        LocalFileKind.ThrowIfNotRegular(fullPath, nameof(path));
        return new KlingImage(Path.GetFileName(path), path: fullPath);
    }

    /// <summary>Image bytes (JPEG or PNG). They are not copied: do not change them until the request is sent.</summary>
    /// <param name="bytes">The encoded image, as a file would hold it.</param>
    /// <param name="name">How error messages name the image.</param>
    public static KlingImage FromBytes(ReadOnlyMemory<byte> bytes, string? name = null) =>
        new(name ?? "image bytes", bytes: bytes);

    /// <summary>
    /// An image read now from a stream, from its current position to its end. Reading stops just past
    /// the 10 MB limit, so an endless stream cannot exhaust memory (the image is then refused as too large).
    /// </summary>
    /// <param name="stream">The stream; it is read but not disposed.</param>
    /// <param name="name">How error messages name the image; a <see cref="FileStream"/>'s file name by default.</param>
    public static KlingImage FromStream(Stream stream, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new KlingImage(name ?? (stream is FileStream file ? Path.GetFileName(file.Name) : "image stream"), bytes: ReadJustPastLimit(stream));
    }

    /// <summary>The stream's bytes, read no further than just past <see cref="KlingImageRules.MaxBytes"/>, so an endless stream cannot exhaust memory.</summary>
    private static ReadOnlyMemory<byte> ReadJustPastLimit(Stream stream)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (copy.Length <= KlingImageRules.MaxBytes && (read = stream.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return new ReadOnlyMemory<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }

    /// <summary>A public image URL, which Kling downloads. Only absolute http and https URLs are accepted.</summary>
    /// <exception cref="ArgumentException">The URL is relative, or its scheme is not http or https.</exception>
    public static KlingImage FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsHttpUrl(url))
        {
            throw new ArgumentException($"{url}: only absolute http or https URLs are accepted.", nameof(url));
        }

        return new KlingImage(url.ToString(), url: url);
    }

    /// <inheritdoc cref="FromUrl(Uri)"/>
    public static KlingImage FromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? FromUrl(uri)
            : throw new ArgumentException($"{url}: only absolute http or https URLs are accepted.", nameof(url));
    }

    /// <summary>
    /// An image as Base64 text. A <c>data:image/...;base64,</c> prefix is stripped (Kling wants raw
    /// Base64), and so is whitespace.
    /// </summary>
    /// <param name="base64">The Base64 text, with or without a data: prefix.</param>
    /// <param name="name">How error messages name the image.</param>
    /// <exception cref="FormatException">The text is not Base64.</exception>
    public static KlingImage FromBase64(string base64, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var raw = StripDataPrefix(base64.Trim());
        if (raw.AsSpan().ContainsAny(" \t\r\n"))
        {
            raw = string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));
        }

        return Base64.IsValid(raw)
            ? new KlingImage(name ?? "Base64 image", base64: raw)
            : throw new FormatException($"{name ?? "Base64 image"}: the text is not valid Base64.");
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    internal static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private static string StripDataPrefix(string text)
    {
        if (!text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var marker = text.IndexOf(";base64,", StringComparison.OrdinalIgnoreCase);
        return marker < 0
            ? throw new FormatException("A data: URI must be Base64 (\"data:image/png;base64,...\").")
            : text[(marker + ";base64,".Length)..];
    }
}
