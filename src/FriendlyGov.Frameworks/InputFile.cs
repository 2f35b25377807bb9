using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using FriendlyGov.Domain;
using Microsoft.Win32.SafeHandles;

namespace FriendlyGov.Frameworks;

/// <summary>
/// The one place FriendlyGov opens a file it reads (frameworks, evidence, fixtures, codes of
/// conduct, disclosure catalogues, dossier CSV files) and resolves a path one file names to another.
/// </summary>
/// <remarks>
/// <para>Only a regular file is read. A FIFO, a device, a socket or a folder is refused at once,
/// without waiting for a writer: on Linux the file is opened without blocking and its type checked
/// on the open handle, so nothing can swap it between the check and the read.</para>
/// <para>A reference (a framework's <c>conductCode</c> path, an evidence file's or a fixture's
/// <c>framework</c> path) is relative to the folder of the file that names it and must stay inside
/// a root folder: an absolute path, or a path that leaves the root through <c>..</c> or through a
/// symbolic link, is refused without opening anything.</para>
/// <para>Every refusal is an <see cref="InvalidInputException"/> naming the file; its message quotes
/// no content of the file.</para>
/// </remarks>
public static partial class InputFile
{
    /// <summary>Opens a regular file for reading, refusing anything else at once.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>A stream over the file, positioned at its start.</returns>
    /// <exception cref="InvalidInputException">The file does not exist, cannot be read, or is not a regular file.</exception>
    public static FileStream OpenRead(string path)
    {
        Guard.Against.Null(path);
        try
        {
            if (string.IsNullOrWhiteSpace(path)) throw Refuse(path, "no file was named");
            if (path.Contains('\0', StringComparison.Ordinal)) throw Refuse(MessageText.Printable(path, 260), "holds the character U+0000, which no file name can");
            if (Directory.Exists(path)) throw Refuse(path, "is a folder, not a file");
            if (!File.Exists(path)) throw Refuse(path, "the file does not exist");
            if (!OperatingSystem.IsLinux()) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

            var handle = Posix.OpenWithoutBlocking(path);
            if (handle.IsInvalid) throw Refuse(path, $"the file cannot be read: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
            if (Posix.TypeOf(handle) is { } type && type != Posix.RegularFile)
            {
                handle.Dispose();
                throw Refuse(path, $"is {Posix.Describe(type)}, not a regular file; FriendlyGov reads regular files only");
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidInputException([new Problem(string.Empty, $"the file cannot be read: {MessageText.Printable(ex.Message)}")], path, ex);
        }
    }

    /// <summary>
    /// Opens a regular file for reading, as <see cref="OpenRead(string)"/> does, and refuses it
    /// before reading when the file system already reports it larger than <paramref name="maxBytes"/>.
    /// The caller still limits what it reads, since a file may grow.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The largest file accepted, in bytes.</param>
    /// <param name="limitName">The setting that raises the limit, named in the refusal, such as <c>CsvLimits.MaxBytes</c>.</param>
    /// <returns>A stream over the file, positioned at its start.</returns>
    /// <exception cref="InvalidInputException">The file cannot be opened (see <see cref="OpenRead(string)"/>) or is too large.</exception>
    public static FileStream OpenRead(string path, long maxBytes, string limitName)
    {
        Guard.Against.NegativeOrZero(maxBytes);
        var stream = OpenRead(path);
        if (stream.Length <= maxBytes) return stream;
        var length = stream.Length;
        stream.Dispose();
        throw Refuse(path, $"is {length:N0} bytes; the most FriendlyGov reads is {maxBytes:N0} bytes ({limitName})");
    }

    /// <summary>
    /// Why <paramref name="path"/> cannot be read as a regular file, in the words
    /// <see cref="OpenRead(string)"/> would refuse it with (<c>is a FIFO (named pipe), not a
    /// regular file; …</c>); <see langword="null"/> when it can. For a path that something else
    /// opens, such as a SQLite database file: the check opens it without blocking and closes it.
    /// </summary>
    /// <param name="path">The path, as the user gave it.</param>
    public static string? WhyNotRegular(string path)
    {
        Guard.Against.Null(path);
        try
        {
            using var stream = OpenRead(path);
            return null;
        }
        catch (InvalidInputException refused)
        {
            return refused.Problems[0].Message;
        }
    }

    /// <summary>
    /// A regular file's bytes, refusing it once it passes <paramref name="maxBytes"/>: the limit is
    /// enforced while reading, not only from the length the file system reports.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The most bytes read; a file longer than this is refused.</param>
    /// <param name="limitName">The setting that raises the limit, named in the refusal.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="InvalidInputException">The file cannot be opened (see <see cref="OpenRead(string)"/>) or is too large.</exception>
    public static byte[] ReadAll(string path, long maxBytes, string limitName = "JsonLimits.MaxBytes")
    {
        using var stream = OpenRead(path);
        try
        {
            var length = stream.Length;
            if (length > maxBytes) throw TooLarge(path, $"{length:N0} bytes", maxBytes, limitName);
            using var buffer = new MemoryStream((int)Math.Clamp(length, 4096, Math.Min(maxBytes, Array.MaxLength)));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes) throw TooLarge(path, $"over {maxBytes:N0} bytes", maxBytes, limitName);
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InvalidInputException([new Problem(string.Empty, $"the file cannot be read: {MessageText.Printable(ex.Message)}")], path, ex);
        }
    }

    /// <summary>A regular file's bytes within <paramref name="limits"/>' size (the default when <see langword="null"/>).</summary>
    internal static byte[] ReadAll(string path, JsonLimits? limits) => ReadAll(path, (limits ?? JsonLimits.Default).MaxBytes);

    /// <summary>
    /// Resolves a path that one file names to another, relative to the naming file's folder,
    /// without opening anything.
    /// </summary>
    /// <param name="reference">The path as written, such as <c>../frameworks/tiny.json</c>.</param>
    /// <param name="fromDirectory">The folder of the file that names it.</param>
    /// <param name="root">The folder the reference must stay inside.</param>
    /// <param name="path">The full path, when the reference stays inside the root.</param>
    /// <param name="refusal">Why the reference is refused, to be reported at the reference's place.</param>
    /// <returns>Whether the reference stays inside the root.</returns>
    public static bool TryResolve(string reference, string fromDirectory, string root, [NotNullWhen(true)] out string? path, [NotNullWhen(false)] out string? refusal)
    {
        Guard.Against.Null(reference);
        Guard.Against.Null(fromDirectory);
        Guard.Against.Null(root);
        path = null;
        if (reference.Length == 0 || Path.IsPathRooted(reference) || reference.Contains(':', StringComparison.Ordinal) || reference.Contains('\0', StringComparison.Ordinal))
        {
            refusal = $"{MessageText.Quote(reference)} is not a relative path: a file names another by a path relative to its own folder";
            return false;
        }

        var realRoot = RealPath(root);
        var full = realRoot is null ? null : RealPath(Path.Combine(fromDirectory, reference));
        if (realRoot is null || full is null || !IsInside(full, realRoot))
        {
            refusal = $"{MessageText.Quote(reference)} leads out of {MessageText.Quote(Path.GetFullPath(root), 200)}, the folder references must stay in (the root)";
            return false;
        }

        path = full;
        refusal = null;
        return true;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it; both full paths.</summary>
    public static bool IsInside(string path, string folder)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(folder);
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(trimmed, StringComparison.Ordinal)
            || (path.StartsWith(trimmed, StringComparison.Ordinal) && path.Length > trimmed.Length && (path[trimmed.Length] == Path.DirectorySeparatorChar || trimmed.EndsWith(Path.DirectorySeparatorChar)));
    }

    /// <summary>
    /// The path with every symbolic link on it followed and every <c>.</c> and <c>..</c> applied
    /// after the link before it, as the operating system does; <see langword="null"/> when links
    /// nest more than 40 deep (a loop). Parts that do not exist are kept as written.
    /// </summary>
    private static string? RealPath(string path)
    {
        var links = 0;
        var pending = new Stack<string>();
        // Not Path.GetFullPath: it applies ".." to the text, before the links it follows are known.
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in Enumerable.Reverse(Parts(full[current.Length..]))) pending.Push(part);
        while (pending.TryPop(out var part))
        {
            if (part is "." or "") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A part that cannot be looked at is kept as written; opening it will fail later.
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > 40) return null;

            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            foreach (var step in Enumerable.Reverse(Parts(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target))) pending.Push(step);
        }

        return current;
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The problem of a document larger than the limit.</summary>
    internal static Problem TooLarge(string size, long max, string limitName = "JsonLimits.MaxBytes") =>
        new(string.Empty, $"the document is {size}; the most FriendlyGov reads is {max:N0} bytes ({limitName})");

    private static InvalidInputException TooLarge(string path, string size, long max, string limitName) => new([TooLarge(size, max, limitName)], path);

    private static InvalidInputException Refuse(string path, string message) => new([new Problem(string.Empty, message)], path);

    /// <summary>The two POSIX calls .NET does not offer: an open that cannot block, and the type of an open file.</summary>
    private static partial class Posix
    {
        public const int RegularFile = 0x8000;

        // Linux's values on x86-64 and ARM64 alike.
        private const int ReadOnly = 0, NoControllingTerminal = 0x100, NonBlocking = 0x800, CloseOnExec = 0x80000;
        private const int EmptyPath = 0x1000;
        private const uint TypeMask = 0x1;

        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

        public static SafeFileHandle OpenWithoutBlocking(string path) =>
            new(Open(path, ReadOnly | NonBlocking | NoControllingTerminal | CloseOnExec), ownsHandle: true);

        /// <summary>The file type bits (S_IFMT) of an open file, or <see langword="null"/> when they cannot be read.</summary>
        public static int? TypeOf(SafeFileHandle handle)
        {
            // struct statx is 256 bytes on every architecture; stx_mode is the 16 bits at offset 28.
            var buffer = new byte[256];
            try
            {
                return Statx((int)handle.DangerousGetHandle(), string.Empty, EmptyPath, TypeMask, buffer) == 0
                    ? BitConverter.ToUInt16(buffer, 28) & 0xF000
                    : null;
            }
            catch (EntryPointNotFoundException)
            {
                // A C library older than glibc 2.28 has no statx: the size limit still bounds the read.
                return null;
            }
        }

        public static string Describe(int type) => type switch
        {
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x4000 => "a folder",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "a special file",
        };
    }
}
