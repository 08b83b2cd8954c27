using System.Runtime.InteropServices;
using System.Text;

namespace KlingGenerated;

// Opening a FIFO for reading waits for a writer (forever, and deaf to cancellation) and a device may never
// end, so an image path is checked for what it is before anything opens it. .NET itself tells only files
// from directories; the file type comes from the runtime's own stat (libSystem.Native), which follows links.
internal static class LocalFileKind
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>What <paramref name="path"/> is when it is there but not a regular file (for example "a FIFO (named pipe)"); null for a regular file or nothing at all.</summary>
    public static string? DescribeIfNotRegular(string path)
    {
        if (Directory.Exists(path))
        {
            return "a directory";
        }

        if (!File.Exists(path) || OperatingSystem.IsWindows())
        {
            return null;
        }

        if (TryGetMode(path, out var mode))
        {
            // A type that cannot be (a directory, which .NET has just said it is not, or no known type)
            // means this runtime's stat is not read as expected: trust the fallback, never refuse a file on it.
            switch (mode & TypeMask)
            {
                case RegularFile: return null;
                case Fifo: return "a FIFO (named pipe)";
                case CharacterDevice: return "a character device";
                case BlockDevice: return "a block device";
                case Socket: return "a socket";
            }
        }

        return Fallback(path);
    }

    // Without a trusted stat: FIFOs, devices and sockets all have no length, and neither has any image.
    private static string? Fallback(string path) =>
        new FileInfo(path).Length == 0 ? "empty, or not a regular file (a FIFO, a device or a socket)" : null;

    /// <summary>Refuses a path given for an image file that is something else, naming it and what it is.</summary>
    /// <exception cref="ArgumentException">The path is a directory, a FIFO, a device or a socket.</exception>
    public static void ThrowIfNotRegular(string path, string paramName)
    {
        if (DescribeIfNotRegular(path) is { } kind)
        {
            throw new ArgumentException($"{path} is {kind}, not an image file; give the path of a JPEG or PNG file.", paramName);
        }
    }

    /// <summary>As <see cref="ThrowIfNotRegular"/>, for a file that was fine when given and has been replaced since.</summary>
    /// <exception cref="IOException">The path is no longer a regular file.</exception>
    public static void ThrowIfNoLongerRegular(string path)
    {
        if (DescribeIfNotRegular(path) is { } kind)
        {
            throw new IOException($"{path} is {kind}, not an image file.");
        }
    }

    private static bool TryGetMode(string path, out int mode)
    {
        mode = 0;
        try
        {
            var utf8 = new byte[Encoding.UTF8.GetByteCount(path) + 1];
            Encoding.UTF8.GetBytes(path, utf8);
            if (NativeMethods.Stat(utf8, out var status) != 0)
            {
                return false;
            }

            mode = status.Mode;
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // The runtime's FileStatus begins with its flags and mode (two ints, stable since .NET Core 1.0); the
    // rest is room for the fields that follow, whatever this runtime's version holds.
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat(byte[] path, out FileStatus output);
    }
}
