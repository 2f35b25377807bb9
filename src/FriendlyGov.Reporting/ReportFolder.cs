namespace FriendlyGov.Reporting;

/// <summary>
/// Writes a round's reports into one folder a person can open, print or mail: the ranking as
/// <c>index.html</c> (linking to each unit's page), <c>ranking.md</c> and <c>ranking.csv</c>, and
/// each unit's scorecard as <c>units/CODE.html</c>, <c>units/CODE.md</c> and <c>units/CODE.csv</c>.
/// </summary>
/// <remarks>
/// <para>HTML and Markdown are UTF-8 without a byte-order mark; CSV is UTF-8 <em>with</em> one, since
/// Excel reads a CSV file without it in the computer's legacy code page and garbles Vietnamese.</para>
/// <para>Nothing is left half-written: every file is written into a staging folder beside or inside
/// the target first, and only when all of them are complete are they moved into place (the whole
/// folder at once when it did not exist, else file by file, each replaced at once). On failure
/// the staging folder is removed and the target is as it was. Files of earlier runs that this run
/// does not write, such as a unit no longer ranked, are left alone.</para>
/// </remarks>
public static class ReportFolder
{
    /// <summary>Writes the ranking's and every unit's reports into <paramref name="directory"/>, creating it if needed.</summary>
    /// <param name="directory">The folder; created with its parents when missing.</param>
    /// <param name="ranking">The ranking.</param>
    /// <returns>The files written, with the path of <c>index.html</c>.</returns>
    /// <exception cref="IOException">A file could not be written; no file in <paramref name="directory"/> is left half-written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written to; no file is left half-written.</exception>
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
    /// <exception cref="IOException">A file could not be written; no file in <paramref name="directory"/> is left half-written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written to; no file is left half-written.</exception>
    public static ReportFiles Write(string directory, RankingReport ranking, IReadOnlyList<ReportFormat> formats)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        Guard.Against.Null(ranking);
        Guard.Against.NullOrEmpty(formats);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var existed = Directory.Exists(target);
        // Staged on the same volume as the target, so that moving into place is a rename.
        var staging = existed
            ? Path.Combine(target, $".friendlygov-staging-{Guid.NewGuid():N}")
            : Path.Combine(Path.GetDirectoryName(target) ?? target, $".{Path.GetFileName(target)}.friendlygov-staging-{Guid.NewGuid():N}");

        var files = new List<string>();
        try
        {
            Directory.CreateDirectory(Path.Combine(staging, "units"));
            foreach (var format in formats) Stage(staging, format.RankingFileName, files, s => format.Write(ranking, s));
            foreach (var card in ranking.Entries.Select(e => e.Scorecard))
            {
                foreach (var format in formats) Stage(staging, $"units/{card.UnitCode}.{format.Extension}", files, s => format.Write(card, s));
            }

            if (existed)
            {
                Directory.CreateDirectory(Path.Combine(target, "units"));
                foreach (var file in files) File.Move(Path.Combine(staging, file), Path.Combine(target, file), overwrite: true);
                Directory.Delete(staging, recursive: true);
            }
            else
            {
                Directory.Move(staging, target);
            }
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }

        return new ReportFiles(target, Path.Combine(target, formats[0].RankingFileName), files);
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
