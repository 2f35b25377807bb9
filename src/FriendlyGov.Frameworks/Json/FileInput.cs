using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Reads files, turning a missing, unreadable or oversized file into a problem rather than a stack trace.</summary>
internal static class FileInput
{
    /// <summary>
    /// The file's bytes, refusing it once it passes <see cref="JsonLimits.MaxBytes"/>. The limit is
    /// enforced while reading, not only from the length the file system reports, so a file that
    /// grows, a pipe or a device such as /dev/zero cannot make it read without end.
    /// </summary>
    public static byte[] ReadAll(string path, JsonLimits? limits = null)
    {
        var max = (limits ?? JsonLimits.Default).MaxBytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw Fail(path, "the file does not exist");
            if (info.Length > max) throw TooLarge(path, $"{info.Length:N0} bytes", max);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream((int)Math.Clamp(info.Length, 4096, Array.MaxLength));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > max) throw TooLarge(path, $"over {max:N0} bytes", max);
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Fail(path, $"the file cannot be read: {ex.Message}");
        }
    }

    /// <summary>The problem of a document larger than the limit.</summary>
    public static Problem TooLarge(string size, long max) =>
        new(string.Empty, $"the document is {size}; the most FriendlyGov reads is {max:N0} bytes (JsonLimits.MaxBytes)");

    private static InvalidInputException TooLarge(string path, string size, long max) => new([TooLarge(size, max)], path);

    private static InvalidInputException Fail(string path, string message) =>
        new([new Problem(string.Empty, message)], path);
}
