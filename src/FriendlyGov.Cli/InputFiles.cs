using FriendlyGov.Domain;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Cli;

/// <summary>
/// Checks the files named on the command line before any reader opens them: an empty name, a
/// name holding U+0000, or a path that exists but is not a regular file (a FIFO would block the
/// open for ever, a device such as <c>/dev/zero</c> never ends, a directory is no document) is
/// refused at once with one line each. A missing file is left to the reader, which says so.
/// </summary>
internal static class InputFiles
{
    /// <summary>One line per file of <paramref name="paths"/> that must be refused; empty when all may be read.</summary>
    /// <param name="command">The command, such as <c>score</c>, named in the line about an empty name.</param>
    /// <param name="paths">The files as the user gave them.</param>
    public static IReadOnlyList<string> Refusals(string command, IEnumerable<string> paths)
    {
        var refusals = new List<string>();
        foreach (var path in paths)
        {
            if (path.Length == 0) refusals.Add($"friendlygov {command}: a file name is empty");
            else if (Path.Exists(path) || path.Contains('\0', StringComparison.Ordinal))
            {
                if (InputFile.WhyNotRegular(path) is { } why) refusals.Add($"{MessageText.Printable(path, 260)}: {why}");
            }
        }

        return refusals;
    }

    /// <summary>
    /// Refuses <paramref name="reference"/> when it names something on disk that is not a
    /// regular file (or is empty); a built-in id or a missing file is left to the loader.
    /// </summary>
    /// <param name="command">The command, such as <c>framework show</c>.</param>
    /// <param name="reference">A built-in id or a file.</param>
    /// <exception cref="InvalidInputException">The reference must be refused.</exception>
    public static void ThrowIfRefused(string command, params IEnumerable<string> reference)
    {
        var refusals = Refusals(command, reference);
        if (refusals.Count > 0) throw new InvalidInputException(refusals.Select(r => new Problem(string.Empty, r)));
    }
}
