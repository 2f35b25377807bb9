using System.Text;

namespace FriendlyGov.Reporting.Tests;

/// <summary><see cref="ReportFolder"/>: a round's reports in one folder, never half-written.</summary>
public sealed class ReportFolderTests : IDisposable
{
    private static readonly string[] Expected =
    [
        "index.html", "ranking.md", "ranking.csv",
        "units/26089.html", "units/26089.md", "units/26089.csv",
        "units/26116.html", "units/26116.md", "units/26116.csv",
        "units/26131.html", "units/26131.md", "units/26131.csv",
        "units/25996.html", "units/25996.md", "units/25996.csv",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_the_ranking_and_every_unit_as_html_markdown_and_csv_into_a_new_folder()
    {
        var directory = Path.Combine(_temp.Path, "out", "2024");
        var ranking = ReportData.Ranking();

        var written = ReportFolder.Write(directory, ranking);

        written.Directory.Should().Be(directory);
        written.IndexPath.Should().Be(Path.Combine(directory, "index.html"));
        written.Files.Should().Equal(Expected);
        Files(directory).Should().BeEquivalentTo(Expected);
        Directory.GetFileSystemEntries(Path.Combine(_temp.Path, "out")).Should().Equal([directory], "no staging folder is left beside it");
        File.ReadAllText(written.IndexPath).Should().Be(ReportData.Html(ranking));
        File.ReadAllText(Path.Combine(directory, "units", "26089.md")).Should().Be(ReportData.Written(w => MarkdownReport.Write(ranking.Entries[0].Scorecard, w)));
    }

    [Fact]
    public void A_folder_named_with_a_trailing_separator_is_the_same_folder()
    {
        var directory = Path.Combine(_temp.Path, "reports");

        var written = ReportFolder.Write(directory + Path.DirectorySeparatorChar, ReportData.Ranking());

        written.Directory.Should().Be(directory);
        written.IndexPath.Should().Be(Path.Combine(directory, "index.html"));
        Directory.GetFileSystemEntries(_temp.Path).Should().Equal(directory);
    }

    [Fact]
    public void Csv_files_carry_a_utf8_byte_order_mark_for_excel_and_the_others_do_not()
    {
        var written = ReportFolder.Write(_temp.Path, ReportData.Ranking());

        byte[] bom = [0xEF, 0xBB, 0xBF];
        foreach (var file in written.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_temp.Path, file));
            if (file.EndsWith(".csv", StringComparison.Ordinal)) bytes.Take(3).Should().Equal(bom, file);
            else bytes.Take(3).Should().NotEqual(bom, file);
        }

        File.ReadAllText(Path.Combine(_temp.Path, "ranking.csv"), Encoding.UTF8).Should().StartWith("rank,unit_code,");
    }

    [Fact]
    public void Writing_into_an_existing_folder_replaces_its_reports_and_keeps_other_files()
    {
        var other = _temp.Write("notes.txt", "keep me");
        _temp.Write("index.html", "an old index");

        ReportFolder.Write(_temp.Path, ReportData.Ranking());

        File.ReadAllText(other).Should().Be("keep me");
        File.ReadAllText(Path.Combine(_temp.Path, "index.html")).Should().Be(ReportData.Html(ReportData.Ranking()));
        Files(_temp.Path).Should().BeEquivalentTo([.. Expected, "notes.txt"], "no staging folder is left inside it");
    }

    [Fact]
    public void A_failure_leaves_the_folder_as_it_was()
    {
        // A file named "units" stands where the units' folder must go, so moving the reports in fails.
        _temp.Write("units", "in the way");

        var act = () => ReportFolder.Write(_temp.Path, ReportData.Ranking());

        act.Should().Throw<IOException>();
        Files(_temp.Path).Should().Equal("units");
        Directory.GetDirectories(_temp.Path).Should().BeEmpty("the staging folder is removed");
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'));
}
