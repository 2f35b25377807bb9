using System.Diagnostics;
using System.Security.Cryptography;

namespace FriendlyGov.Cli.Tests.Hostile;

/// <summary>
/// Every entry of a folder, recursively, with the SHA-256 of each file's bytes, a symbolic
/// link's target (never followed) and a mark for each folder: two snapshots are equal when
/// nothing was created, removed or changed.
/// </summary>
internal static class FolderSnapshot
{
    /// <summary>Relative path to <c>sha256:…</c>, <c>link:…</c>, <c>dir</c> or <c>special</c>.</summary>
    public static IReadOnlyDictionary<string, string> Of(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Add(folder, folder, entries);
        return entries;
    }

    /// <summary>Makes a FIFO (named pipe) at <paramref name="path"/>: opening it for reading blocks until someone writes.</summary>
    public static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0, "mkfifo makes the FIFO");
        return path;
    }

    private static void Add(string root, string folder, SortedDictionary<string, string> entries)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(root, entry.FullName);
            if (entry.LinkTarget is { } target) entries[relative] = $"link:{target}";
            else if (entry is DirectoryInfo)
            {
                entries[relative] = "dir";
                Add(root, entry.FullName, entries);
            }
            else if (entry is FileInfo file && IsRegular(file)) entries[relative] = $"sha256:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))}";
            else entries[relative] = "special";
        }
    }

    private static bool IsRegular(FileInfo file) => Frameworks.InputFile.WhyNotRegular(file.FullName) is null;
}
