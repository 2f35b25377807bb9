using System.Text.Json;

namespace FriendlyGov.Cli.Tests;

/// <summary><c>friendlygov score</c>: scorecards and a ranking as a table, JSON or Markdown.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private static readonly string[] SampleFiles =
    [
        "25996-phuong-tan-phong.json", "26089-xa-binh-loc.json", "26116-thi-tran-tan-phu.json",
        "26131-xa-ta-lai.json", "26503-xa-phuoc-an.json",
    ];

    private static readonly string[] UnitNames = ["Phường Tân Phong", "Xã Bình Lộc", "Thị trấn Tân Phú", "Xã Tà Lài", "Xã Phước An"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] Samples => [.. SampleFiles.Select(f => RepositoryRoot.Combine("samples", "evidence", f))];

    [Fact]
    public void Scores_the_samples_as_tables_with_vietnamese_names_and_a_ranking()
    {
        var run = CliRun.Of(["score", .. Samples]);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        foreach (var name in UnitNames) run.Output.Should().Contain(name);
        run.Output.Should().Contain("Xếp hạng / Ranking");
        run.Output.Should().Contain("Tổng điểm / Total");
    }

    [Fact]
    public void Json_output_is_the_same_bytes_every_time()
    {
        var first = CliRun.Of(["score", .. Samples, "--format", "json"]);
        var second = CliRun.Of(["score", .. Samples, "--format", "json"]);

        first.ExitCode.Should().Be(0);
        second.Output.Should().Be(first.Output);
    }

    [Fact]
    public void Json_output_has_the_totals_worked_out_by_hand()
    {
        // Phường Tân Phong on dongnai-friendly-government@2024.1 (each indicator's max and method from the framework file):
        // G1: checklist office + portal + hotline = 2 + 2 + 1 = 5; check 5; ratio 3412/4105 = 0.831 ≥ target 0.8 → 5;
        //     import 91.4 on 100 → 5 × 91.4 / 100 = 4.57; G1 = 19.57
        // G2: checklist all four = 2 + 2 + 1.5 + 2.5 = 8; checks 2 + 3 + 2; G2 = 15
        // G3: ratio 4087/4105, floor 0.8, target 1 → 8 × (4087 − 3284) / (0.2 × 4105) = 6424 / 821 = 7.824… → 7.82;
        //     check 2; bands 12 → 4; ratio 186/192 = 0.969 ≥ 0.95 → 5; deduction count 0 → 5; G3 = 23.82
        // G4: ratio 11/12 = 0.917 ≥ 0.9 → 5; bands 50 ≥ 48 → 5; points 1.5; conduct G4.2.2 3 (the file's two
        //     observations are reported and dismissed, none confirmed); G4 = 14.5
        // G5: scale average 4.62 → 8 × 3.62 / 4 = 7.24; average 4.48 → 5 × 3.48 / 4 = 4.35;
        //     ratio 21/22, floor 0.5, target 1 → 4 × (21 − 11) / 11 = 3.636… → 3.64; conduct G5.3.1 5; check 3; G5 = 23.23
        // groups 19.57 + 15 + 23.82 + 14.5 + 23.23 = 96.12; bonus B1 2 initiatives → 3.5; total 99.62.
        // 99.62 ≥ 90 → excellent; no group below half (C1), no confirmed breach (C2, C3): no cap.
        var run = CliRun.Of(["score", .. Samples, "--format", "json"]);

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        var card = json.RootElement.GetProperty("scorecards").EnumerateArray()
            .Single(c => c.GetProperty("unit").GetProperty("code").GetString() == "25996");
        card.GetProperty("unit").GetProperty("name").GetString().Should().Be("Phường Tân Phong");
        card.GetProperty("total").GetDecimal().Should().Be(99.62m);
        card.GetProperty("rating").GetString().Should().Be("excellent");
        card.GetProperty("bonus").GetDecimal().Should().Be(3.5m);
        card.GetProperty("groups").EnumerateObject().Select(g => g.Value.GetDecimal()).Should().Equal(19.57m, 15m, 23.82m, 14.5m, 23.23m);
        card.GetProperty("caps").GetArrayLength().Should().Be(0);

        var ranking = json.RootElement.GetProperty("ranking").EnumerateArray().ToList();
        ranking.Select(r => r.GetProperty("unit").GetProperty("code").GetString()).Should().BeEquivalentTo("25996", "26089", "26116", "26131", "26503");
        // The only excellent unit ranks first: ranking is by rating, then total.
        ranking[0].GetProperty("rank").GetInt32().Should().Be(1);
        ranking[0].GetProperty("unit").GetProperty("code").GetString().Should().Be("25996");
        ranking[0].GetProperty("total").GetDecimal().Should().Be(99.62m);
    }

    [Fact]
    public void A_single_unit_is_not_ranked()
    {
        var run = CliRun.Of("score", Samples[0], "--format", "json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.TryGetProperty("ranking", out _).Should().BeFalse();
    }

    [Fact]
    public void Markdown_output_has_markdown_tables()
    {
        var run = CliRun.Of(["score", .. Samples, "--format", "markdown"]);

        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Contain("## Phường Tân Phong (25996)");
        run.OutputLines.Should().Contain("| Hạng / Rank | Mã / Code | Đơn vị / Unit | Tổng / Total | Xếp loại / Rating |");
        run.OutputLines.Should().Contain(l => l.StartsWith("|---", StringComparison.Ordinal));
        run.OutputLines.Should().Contain(l => l.StartsWith("| 1 | 25996 | Phường Tân Phong | 99.62 |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ratio_above_1_exits_2_naming_file_path_and_value()
    {
        var path = _temp.Write("evidence.json", Evidence("""{ "G1.2.1": { "value": 1.3 } }"""));

        var run = CliRun.Of("score", path);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Equal($"{path}: $.indicators['G1.2.1'].value: 1.3 is outside [0, 1]");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void An_unknown_unit_kind_exits_2_naming_the_path()
    {
        var path = _temp.Write("evidence.json", Evidence("{}", kind: "thon"));

        var run = CliRun.Of("score", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: $.unit.kind: 'thon' is not one of xa, phuong, thi-tran, dac-khu");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void An_unknown_observation_status_exits_2_naming_the_path()
    {
        var conduct = """, "conduct": [ { "rule": "5K.3", "official": "CB-017", "role": "head", "status": "maybe", "on": "2024-05-02" } ]""";
        var path = _temp.Write("evidence.json", Evidence("{}", extra: conduct));

        var run = CliRun.Of("score", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: $.conduct[0].status: 'maybe' is not one of reported, confirmed, dismissed");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void Problems_of_several_files_are_all_listed()
    {
        var first = _temp.Write("first.json", Evidence("""{ "G1.2.1": { "value": 1.3 } }"""));
        var second = _temp.Write("second.json", Evidence("{}", kind: "thon"));

        var run = CliRun.Of(["score", first, Samples[0], second]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(
            $"{first}: $.indicators['G1.2.1'].value: 1.3 is outside [0, 1]",
            $"{second}: $.unit.kind: 'thon' is not one of xa, phuong, thi-tran, dac-khu");
    }

    [Fact]
    public void A_missing_evidence_file_exits_2()
    {
        var path = Path.Combine(_temp.Path, "nowhere.json");

        var run = CliRun.Of("score", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: the file does not exist");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void An_unknown_option_exits_2()
    {
        var run = CliRun.Of("score", Samples[0], "--colour", "red");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("--colour");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        var run = CliRun.Of("score", Samples[0], "--format", "xml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("xml");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void The_framework_option_scores_against_another_framework()
    {
        // The 2025 framework: G4.1.1 is the PAR index, import on 100 worth 50: 80 → 50 × 80 / 100 = 40.
        // Nothing else has evidence; the conduct indicator G2.2.1 keeps its 5 with no breach:
        // total 40 + 5 = 45 → one star (below 80).
        var path = _temp.Write("evidence.json", Evidence("""{ "G4.1.1": { "value": 80 } }""", kind: "xa", framework: "nosuch@1"));

        var run = CliRun.Of("score", path, "--framework", "dongnai-friendly-government@2025.1", "--format", "json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        var card = json.RootElement.GetProperty("scorecards")[0];
        card.GetProperty("framework").GetString().Should().Be("dongnai-friendly-government@2025.1");
        card.GetProperty("indicators").GetProperty("G4.1.1").GetDecimal().Should().Be(40m);
        card.GetProperty("total").GetDecimal().Should().Be(45m);
        card.GetProperty("rating").GetString().Should().Be("one-star");
    }

    private static string Evidence(string indicators, string kind = "phuong", string framework = "dongnai-friendly-government@2024.1", string extra = "") => $$"""
        {
          "format": "friendlygov.evidence/1",
          "framework": "{{framework}}",
          "period": "2024",
          "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "{{kind}}" },
          "indicators": {{indicators}}{{extra}}
        }
        """;
}
