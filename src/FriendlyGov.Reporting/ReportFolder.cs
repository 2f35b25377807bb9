namespace FriendlyGov.Reporting;

/// <summary>
/// Writes a round's reports into one folder a person can open, print or mail: the ranking as
/// <c>index.html</c> (linking to each unit's page), <c>ranking.md</c> and <c>ranking.csv</c>, and
/// each unit's scorecard as <c>units/CODE.html</c>, <c>units/CODE.md</c> and <c>units/CODE.csv</c>.
/// </summary>
/// <remarks>
/// <para>HTML and Markdown are UTF-8 without a byte-order mark; CSV is UTF-8 <em>with</em> one, since
/// Excel reads a CSV file without it in the computer's legacy code page and garbles Vietnamese.</para>
/// <para>Nothing is left half-written: every file is written into a staging folder beside the
/// target first, and only when all of them are complete are they moved into place: the whole
/// folder at once when it did not exist; else, once every place to write is checked to be a
/// plain file or missing (a folder or a symbolic link there is refused before anything moves, so
/// no link is ever followed out of the folder), file by file, each file it replaces kept aside
/// until the last is in place and put back if any move fails. On failure the target is as it
/// was. Files of earlier runs that this run does not write, such as a unit no longer ranked, are
/// left alone.</para>
/// </remarks>
public static class ReportFolder
{
    /// <summary>Writes the ranking's and every unit's reports into <paramref name="directory"/>, creating it if needed.</summary>
    /// <param name="directory">The folder; created with its parents when missing.</param>
    /// <param name="ranking">The ranking.</param>
    /// <returns>The files written, with the path of <c>index.html</c>.</returns>
    /// <exception cref="IOException">A file could not be written, or a place to write holds a folder or a symbolic link; every file in <paramref name="directory"/> is as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written to; every file is as it was.</exception>
    public static ReportFiles Write(string directory, RankingReport ranking) =>
        Write(directory, ranking, [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Csv]);

    /// <summary>
    /// Writes the ranking's and every unit's reports in the given formats into
    /// <paramref name="directory"/>, creating it if needed, with the same all-or-nothing care.
    /// </summary>
    /// <param name="directory">The folder; created with its parents when missing.</param>
    /// <param name="ranking">The ranking.</param>
    /// <param name="formats">The formats, at least one, in the order their files are written.</param>
    /// <returns>The files written; its <see cref="ReportFiles.IndexPath"/> is the first format's ranking file.</returns>
    /// <exception cref="IOException">A file could not be written, or a place to write holds a folder or a symbolic link; every file in <paramref name="directory"/> is as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written to; every file is as it was.</exception>
    public static ReportFiles Write(string directory, RankingReport ranking, IReadOnlyList<ReportFormat> formats)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        Guard.Against.Null(ranking);
        Guard.Against.NullOrEmpty(formats);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(target)) throw new IOException($"{target} is a file, not a folder");
        var existed = Directory.Exists(target);
        var parent = Path.GetDirectoryName(target) ?? target;
        var name = Path.GetFileName(target);
        // Staged beside the target, on the same volume, so that moving into place is a rename.
        var staging = Path.Combine(parent, $".{name}.friendlygov-staging-{Guid.NewGuid():N}");
        var files = new List<string>();
        try
        {
            if (!existed) Directory.CreateDirectory(parent);
            Directory.CreateDirectory(Path.Combine(staging, "units"));
            foreach (var format in formats) Stage(staging, format.RankingFileName, files, s => format.Write(ranking, s));
            foreach (var card in ranking.Entries.Select(e => e.Scorecard))
            {
                foreach (var format in formats) Stage(staging, $"units/{card.UnitCode}.{format.Extension}", files, s => format.Write(card, s));
            }

            if (existed) Replace(target, staging, Path.Combine(parent, $".{name}.friendlygov-previous-{Guid.NewGuid():N}"), files);
            else Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }

        return new ReportFiles(target, Path.Combine(target, formats[0].RankingFileName), files);
    }

    /// <summary>
    /// Moves every staged file into the existing <paramref name="target"/>, keeping each file it
    /// replaces in <paramref name="previous"/>; when a move fails, puts every file back as it was.
    /// </summary>
    private static void Replace(string target, string staging, string previous, List<string> files)
    {
        RefuseLinksAndFolders(target, files);
        var units = Path.Combine(target, "units");
        var createdUnits = !Directory.Exists(units);
        var moved = new List<(string File, bool Replaced)>();
        try
        {
            Directory.CreateDirectory(units);
            Directory.CreateDirectory(Path.Combine(previous, "units"));
            foreach (var file in files)
            {
                var destination = Path.Combine(target, file);
                var replaced = File.Exists(destination);
                if (replaced) File.Move(destination, Path.Combine(previous, file));
                moved.Add((file, replaced));
                File.Move(Path.Combine(staging, file), destination);
            }
        }
        catch
        {
            for (var i = moved.Count - 1; i >= 0; i--)
            {
                var (file, replaced) = moved[i];
                var destination = Path.Combine(target, file);
                if (File.Exists(destination) && !File.Exists(Path.Combine(staging, file))) File.Delete(destination);
                if (replaced) File.Move(Path.Combine(previous, file), destination, overwrite: true);
            }

            if (createdUnits && Directory.Exists(units) && !Directory.EnumerateFileSystemEntries(units).Any()) Directory.Delete(units);
            throw;
        }
        finally
        {
            if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        }
    }

    /// <summary>
    /// Refuses, before anything is moved, a <c>units</c> that is not a plain folder and any place
    /// to write that holds a folder or a symbolic link: writing there would fail half-way or
    /// follow the link out of the folder.
    /// </summary>
    private static void RefuseLinksAndFolders(string target, List<string> files)
    {
        var units = new DirectoryInfo(Path.Combine(target, "units"));
        if (units.LinkTarget is not null) throw new IOException($"{units.FullName} is a symbolic link; FriendlyGov does not write through links");
        if (File.Exists(units.FullName)) throw new IOException($"{units.FullName} is a file, not a folder");
        foreach (var file in files)
        {
            var destination = new FileInfo(Path.Combine(target, file));
            if (destination.LinkTarget is not null) throw new IOException($"{destination.FullName} is a symbolic link; FriendlyGov does not write through links");
            if (Directory.Exists(destination.FullName)) throw new IOException($"{destination.FullName} is a folder, not a file");
        }
    }

    private static void Stage(string staging, string relativePath, List<string> files, Action<Stream> write)
    {
        using (var stream = File.Create(Path.Combine(staging, relativePath)))
        {
            write(stream);
        }

        files.Add(relativePath);
    }
}
