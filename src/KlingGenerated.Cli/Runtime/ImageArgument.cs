namespace KlingGenerated.Cli;

/// <summary>An image given on the command line: an http(s) URL, or a local JPEG or PNG file.</summary>
internal static class ImageArgument
{
    public static KlingImage Resolve(string value, string option, CliHost host)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return KlingImage.FromUrl(uri);
        }

        var path = Path.GetFullPath(value, host.CurrentDirectory);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{option}: {value} is neither an http(s) URL nor an existing file.");
        }

        // The image is read (and streamed as Base64) only when the request is sent, after validation.
        return KlingImage.FromFile(path);
    }

    public static KlingImage? ResolveOptional(string? value, string option, CliHost host) =>
        value is null ? null : Resolve(value, option, host);
}
