namespace FriendlyGov.Cli.Tests;

/// <summary><c>friendlygov report</c>: a folder of HTML, Markdown and CSV reports from evidence files.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string[] UnitNames = ["Phường Tân Phong", "Xã Bình Lộc", "Thị trấn Tân Phú", "Xã Tà Lài", "Xã Phước An"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] Samples =>
        [.. Directory.GetFiles(RepositoryRoot.Combine("samples", "evidence"), "*.json").Order(StringComparer.Ordinal)];

    [Fact]
    public void Writes_the_samples_reports_and_prints_the_path_of_index_html()
    {
        var directory = Path.Combine(_temp.Path, "reports");

        var run = CliRun.Of(["report", .. Samples, "--out", directory]);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().Equal(Path.Combine(directory, "index.html"));
        var index = File.ReadAllText(Path.Combine(directory, "index.html"));
        foreach (var name in UnitNames) index.Should().Contain(name);
        foreach (var code in new[] { "25996", "26089", "26116", "26131", "26503" })
        {
            foreach (var extension in new[] { "html", "md", "csv" }) File.Exists(Path.Combine(directory, "units", $"{code}.{extension}")).Should().BeTrue($"{code}.{extension} is written");
        }

        // The samples' README works the totals out by hand: Phường Tân Phong 99.62 is first.
        File.ReadAllLines(Path.Combine(directory, "ranking.csv"))[1].Should().Be("1,25996,Phường Tân Phong,99.62,excellent,Xuất sắc,Excellent");
        File.ReadAllText(Path.Combine(directory, "ranking.md")).Should().Contain("| 5 | 26503 | Xã Phước An | 33.85 |");
    }

    [Fact]
    public void One_unit_is_a_ranking_of_one()
    {
        var run = CliRun.Of("report", Samples[0], "--out", _temp.Path);

        run.ExitCode.Should().Be(0);
        File.ReadAllLines(Path.Combine(_temp.Path, "ranking.csv")).Should().HaveCount(2);
    }

    [Fact]
    public void A_bad_evidence_file_exits_2_naming_file_and_path_and_writes_nothing()
    {
        var path = _temp.Write("evidence.json", """
            {
              "format": "friendlygov.evidence/1",
              "framework": "dongnai-friendly-government@2024.1",
              "period": "2024",
              "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" },
              "indicators": { "G1.2.1": { "value": 1.3 } }
            }
            """);
        var directory = Path.Combine(_temp.Path, "reports");

        var run = CliRun.Of("report", path, "--out", directory);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Equal($"{path}: $.indicators['G1.2.1'].value: 1.3 is outside [0, 1]");
        FrameworkCommandsTests.NoStackTrace(run.Error);
        Directory.Exists(directory).Should().BeFalse();
    }

    [Fact]
    public void Files_of_different_periods_exit_2_saying_they_cannot_be_ranked_together()
    {
        var other = _temp.Write("2025.json", """
            {
              "format": "friendlygov.evidence/1",
              "framework": "dongnai-friendly-government@2024.1",
              "period": "2025",
              "unit": { "code": "26089", "name": "Xã Bình Lộc", "kind": "xa" },
              "indicators": { "G1.1.2": { "met": true } }
            }
            """);

        var run = CliRun.Of("report", Samples[0], other, "--out", Path.Combine(_temp.Path, "reports"));

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("friendlygov report: cannot rank these files together: unit 26089 was scored on dongnai-friendly-government@2024.1 for 2025");
    }

    [Fact]
    public void Without_out_it_exits_2_with_usage()
    {
        var run = CliRun.Of("report", Samples[0]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--out");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void An_unwritable_folder_exits_2_naming_it()
    {
        // A file stands where the folder should be.
        var blocker = _temp.Write("reports", "a file");

        var run = CliRun.Of("report", Samples[0], "--out", Path.Combine(blocker, "inner"));

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"friendlygov report: cannot write the reports into {Path.Combine(blocker, "inner")}: ");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }
}
