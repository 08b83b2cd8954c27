namespace KlingGenerated;

/// <summary>A result saved to disk.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="Source">The URL it was downloaded from.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="SidecarPath">The JSON file written beside it, when one was asked for.</param>
public sealed record KlingSavedFile(string Path, Uri Source, long Length, string? SidecarPath);
