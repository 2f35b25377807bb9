using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Reads files, turning a missing or unreadable file into a problem rather than a stack trace.</summary>
internal static class FileInput
{
    /// <summary>The largest file read, so a wrong path to a huge file fails fast.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static byte[] ReadAll(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw Fail(path, "the file does not exist");
            if (info.Length > MaxBytes) throw Fail(path, $"the file is {info.Length:N0} bytes; the most FriendlyGov reads is {MaxBytes:N0}");
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Fail(path, $"the file cannot be read: {ex.Message}");
        }
    }

    private static InvalidInputException Fail(string path, string message) =>
        new([new Problem(string.Empty, message)], path);
}
