using System.Runtime.InteropServices;

namespace FriendlyGov.Domain;

/// <summary>
/// Opens an outside file (a CSV a user names, a database path) only when it is a regular file,
/// finding out without opening it: a FIFO would block the open until someone writes to it, a
/// device such as <c>/dev/zero</c> never ends, and a directory or socket is no document.
/// </summary>
/// <remarks>
/// The kind is read with <c>stat</c> (following symbolic links, so a link to a regular file is
/// accepted), before anything opens the path; on Windows, which has no FIFOs or device paths of
/// this kind, a path that is not a directory counts as a regular file.
/// </remarks>
public static class RegularFile
{
    /// <summary>
    /// Why <paramref name="path"/> cannot be read as a regular file, in words fit for a message
    /// (<c>is a FIFO (named pipe), not a regular file</c>); <see langword="null"/> when it can.
    /// </summary>
    /// <param name="path">The path, as the user gave it.</param>
    public static string? WhyNotRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0) return "is an empty path";
        if (path.Contains('\0', StringComparison.Ordinal)) return "holds the character U+0000, which no file name can";
        if (Directory.Exists(path)) return "is a directory, not a file";
        if (!File.Exists(path)) return "does not exist";
        if (OperatingSystem.IsWindows()) return null;
        return KindOf(path) switch
        {
            FileKind.Regular => null,
            FileKind.Fifo => "is a FIFO (named pipe), not a regular file",
            FileKind.CharacterDevice or FileKind.BlockDevice => "is a device, not a regular file",
            FileKind.Socket => "is a socket, not a regular file",
            FileKind.Missing => "does not exist",
            _ => "is not a regular file",
        };
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading when it is a regular file of at most
    /// <paramref name="maxBytes"/> bytes; otherwise refuses it without opening it.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="maxBytes">The largest file accepted, in bytes; the caller still limits what it reads, since a file may grow.</param>
    /// <param name="limitName">The setting that raises the limit, named in the refusal, such as <c>CsvLimits.MaxBytes</c>.</param>
    /// <returns>The open file, shared for reading.</returns>
    /// <exception cref="InvalidInputException">The path is not a regular file, is too large or cannot be read; the problem names it.</exception>
    public static FileStream OpenRead(string path, long maxBytes, string limitName)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (WhyNotRegular(path) is { } why) throw Refusal(path, why, inner: null);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
                throw Refusal(path, $"is {length:N0} bytes; the most FriendlyGov reads is {maxBytes:N0} bytes ({limitName})", inner: null);
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refusal(path, $"cannot be read: {MessageText.Printable(e.Message, 200)}", e);
        }
    }

    private static InvalidInputException Refusal(string path, string why, Exception? inner) =>
        new([new Problem(string.Empty, why)], MessageText.Printable(path, 260), inner);

    private static FileKind KindOf(string path)
    {
        // libSystem.Native ships with every .NET runtime on Unix; its SystemNative_Stat fills a
        // FileStatus whose second field is the mode with the file type in the S_IFMT bits.
        var status = new byte[256];
        if (SystemNativeStat(path, status) != 0) return FileKind.Missing;
        var mode = BitConverter.ToInt32(status, 4) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int SystemNativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

    private enum FileKind
    {
        Missing,
        Regular,
        Directory,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
        Other,
    }
}
