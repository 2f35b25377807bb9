namespace FriendlyGov.Cli.Tests.Hostile;

/// <summary>
/// <c>friendlygov report</c> against a folder arranged to make it fail half-way or write out of
/// it (issue 13): it refuses before changing anything. And the Markdown reports show titles as
/// written, never as links or formatting.
/// </summary>
public sealed class HostileReportTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Sample => RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json");

    [Fact]
    public void A_folder_where_a_unit_page_goes_is_refused_before_any_file_is_replaced()
    {
        var reports = Path.Combine(_temp.Path, "reports");
        CliRun.Of("report", Sample, "--out", reports).ExitCode.Should().Be(0);
        File.WriteAllText(Path.Combine(reports, "index.html"), "the earlier run's page");
        File.Delete(Path.Combine(reports, "units", "25996.csv"));
        Directory.CreateDirectory(Path.Combine(reports, "units", "25996.csv"));
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("report", Sample, "--out", reports);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"friendlygov report: cannot write the reports into {reports}: {Path.Combine(reports, "units", "25996.csv")} is a folder, not a file; nothing was changed");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public void A_units_symbolic_link_is_not_followed_out_of_the_folder()
    {
        var reports = Directory.CreateDirectory(Path.Combine(_temp.Path, "reports")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_temp.Path, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "25996.html"), "not a report: someone else's file");
        Directory.CreateSymbolicLink(Path.Combine(reports, "units"), elsewhere);
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("report", Sample, "--out", reports);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"friendlygov report: cannot write the reports into {reports}: {Path.Combine(reports, "units")} is a symbolic link; FriendlyGov does not write through links; nothing was changed");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public void A_page_that_is_a_symbolic_link_is_not_written_through()
    {
        var reports = Path.Combine(_temp.Path, "reports");
        CliRun.Of("report", Sample, "--out", reports).ExitCode.Should().Be(0);
        var outside = _temp.Write("outside.html", "someone else's file");
        File.Delete(Path.Combine(reports, "index.html"));
        File.CreateSymbolicLink(Path.Combine(reports, "index.html"), outside);
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("report", Sample, "--out", reports);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"friendlygov report: cannot write the reports into {reports}: {Path.Combine(reports, "index.html")} is a symbolic link; FriendlyGov does not write through links; nothing was changed");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public void A_second_run_into_an_existing_folder_replaces_its_pages_and_leaves_no_staging_behind()
    {
        var reports = Path.Combine(_temp.Path, "reports");
        CliRun.Of("report", Sample, "--out", reports).ExitCode.Should().Be(0);
        var first = FolderSnapshot.Of(reports);
        File.WriteAllText(Path.Combine(reports, "index.html"), "stale");
        _temp.Write("reports/notes.txt", "kept: not a file the report writes");

        var run = Within.Run("report", Sample, "--out", reports);

        run.ExitCode.Should().Be(0, run.Error);
        FolderSnapshot.Of(reports).Where(e => e.Key != "notes.txt").Should().Equal(first);
        File.ReadAllText(Path.Combine(reports, "notes.txt")).Should().Be("kept: not a file the report writes");
        Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Should().Equal("reports");
    }

    [Fact]
    public void Markdown_in_a_unit_name_is_shown_as_text_not_as_a_link()
    {
        var evidence = _temp.Write("evidence.json", File.ReadAllText(Sample).Replace("\"Phường Tân Phong\"", "\"[x](javascript:alert(1)) *b* <img src=x> &#x6A; `c` ~d~ _e_\"", StringComparison.Ordinal));

        var run = Within.Run("score", evidence, "--format", "markdown");

        run.ExitCode.Should().Be(0, run.Error);
        // Every Markdown character escaped with a backslash (CommonMark), '<' as an entity.
        run.OutputLines[0].Should().Be("## \\[x\\](javascript:alert(1)) \\*b\\* &lt;img src=x> \\&#x6A; \\`c\\` \\~d\\~ \\_e\\_ (25996)");
    }
}
