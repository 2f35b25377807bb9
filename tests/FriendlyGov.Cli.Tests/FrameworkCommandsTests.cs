using System.Text;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Cli.Tests;

/// <summary><c>friendlygov frameworks</c>, <c>framework show</c> and <c>framework validate</c>.</summary>
public sealed class FrameworkCommandsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Frameworks_lists_every_built_in_framework()
    {
        var run = CliRun.Of("frameworks");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().HaveCount(4);
        run.OutputLines[0].Should().StartWith("dongnai-dan-van-kheo-waste@2024.1\tĐồng Nai\tyear\t100 + 0 bonus\t");
        run.OutputLines[1].Should().StartWith("dongnai-friendly-government@2024.1\tĐồng Nai\t");
        run.OutputLines[2].Should().StartWith("dongnai-friendly-government@2025.1\tĐồng Nai\t");
        run.OutputLines[3].Should().StartWith("vn-service-index@2022.1\tViệt Nam\tmonth\t100 + 0 bonus\t");
    }

    [Fact]
    public void Framework_show_prints_vietnamese_text_intact()
    {
        var run = CliRun.Of("framework", "show", "dongnai-friendly-government@2024.1");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("dongnai-friendly-government@2024.1: Bộ tiêu chí mô hình “Chính quyền thân thiện”");
        run.Output.Should().Contain("Buổi sáng với nhân dân");
        run.Output.Should().Contain("Đồng Nai");
        run.Output.Should().Contain("excellent: Xuất sắc / Excellent, from 90");
        run.Output.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }

    [Fact]
    public void Framework_show_names_the_data_an_indicator_is_measured_from()
    {
        var run = CliRun.Of("framework", "show", "dongnai-friendly-government@2024.1");

        run.Output.Should().Contain("nguồn dữ liệu / measured from: dossiers.onTimeShare")
            .And.Contain("nguồn dữ liệu / measured from: feedback.average (office-smile)");
    }

    [Fact]
    public void Framework_show_as_json_reads_back_as_the_same_framework()
    {
        var run = CliRun.Of("framework", "show", "dongnai-friendly-government@2025.1", "--format", "json");

        run.ExitCode.Should().Be(0);
        var readBack = FrameworkReader.Read(Encoding.UTF8.GetBytes(run.Output), "output.json");
        readBack.Id.ToString().Should().Be("dongnai-friendly-government@2025.1");
        FrameworkWriter.Write(readBack).Should().Equal(FrameworkWriter.Write(BuiltInFrameworks.DongNai2025));
    }

    [Fact]
    public void Framework_show_of_an_unknown_framework_exits_2()
    {
        var run = CliRun.Of("framework", "show", "dongnai-friendly-government@2023.1");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("'dongnai-friendly-government@2023.1' is not a built-in framework");
        NoStackTrace(run.Error);
    }

    [Fact]
    public void Framework_validate_accepts_a_good_file()
    {
        // The test framework: G1 has 3 indicators, G2 5, so 8; max 2+3+3 + 3+2+3+2+2 = 20; bonus B1 1;
        // ratings high, medium, low; caps C1, C2.
        var path = RepositoryRoot.Combine("fixtures", "frameworks", "all-methods.json");

        var run = CliRun.Of("framework", "validate", path);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().Equal($"{path}: valid: test-all-methods@1, 2 groups, 8 indicators, 20 points + 1 bonus, 3 ratings, 2 caps");
    }

    [Fact]
    public void Framework_validate_lists_each_problem_with_file_and_path_and_exits_2()
    {
        var path = _temp.Write("bad.json", """
            {
              "format": "friendlygov.framework/1",
              "id": "tiny",
              "version": "1",
              "title": { "vi": "Nhỏ", "en": "Tiny" },
              "jurisdiction": "Đồng Nai",
              "appliesTo": ["xa"],
              "period": "year",
              "ratings": [ { "code": "pass", "title": { "vi": "Đạt", "en": "Pass" }, "minPoints": 0 } ],
              "groups": [ { "id": "G1", "title": { "vi": "Nhóm", "en": "Group" }, "criteria": [ { "id": "G1.1", "title": { "vi": "Tiêu chí", "en": "Criterion" },
                "indicators": [ { "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoint": 5, "method": { "kind": "ratio", "floor": 0.5, "target": 1 } } ] } ] } ]
            }
            """);

        var run = CliRun.Of("framework", "validate", path);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().BeEquivalentTo(
            $"{path}: $.groups[0].criteria[0].indicators[0]: 'maxPoints' is required in an indicator",
            $"{path}: $.groups[0].criteria[0].indicators[0].maxPoint: 'maxPoint' is not a property of an indicator; expected description, id, maxPoints, method, source, title");
        NoStackTrace(run.Error);
    }

    [Fact]
    public void Framework_validate_of_a_missing_file_exits_2()
    {
        var path = Path.Combine(_temp.Path, "nowhere.json");

        var run = CliRun.Of("framework", "validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: the file does not exist");
        NoStackTrace(run.Error);
    }

    [Fact]
    public void Framework_show_writes_the_period_as_files_do()
    {
        // The file says "period": "half-year", as do the other parts of the outline ("applies to xa, phuong").
        // Its code of conduct is ../conduct/…, outside its own folder: --root lets the reference reach fixtures/.
        var run = CliRun.Of("framework", "show", RepositoryRoot.Combine("fixtures", "frameworks", "custom-conduct.json"), "--root", RepositoryRoot.Combine("fixtures"));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Jurisdiction: Example; applies to xa, phuong; period half-year; 2 decimals");
    }

    [Fact]
    public void Framework_show_as_json_of_a_framework_with_a_code_of_conduct_file_validates_again()
    {
        // Saved beside the original (fixtures/frameworks/), the written framework must still find its code of
        // conduct ../conduct/5-biet-3-khong-4-the-hien.json.
        var original = RepositoryRoot.Combine("fixtures", "frameworks", "custom-conduct.json");
        _temp.Write("conduct/5-biet-3-khong-4-the-hien.json", File.ReadAllText(RepositoryRoot.Combine("fixtures", "conduct", "5-biet-3-khong-4-the-hien.json")));
        var shown = CliRun.Of("framework", "show", original, "--format", "json", "--root", RepositoryRoot.Combine("fixtures"));
        var copy = _temp.Write("frameworks/custom-conduct.json", shown.Output);

        var run = CliRun.Of("framework", "validate", copy, "--root", _temp.Path);

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void An_unknown_command_exits_2()
    {
        var run = CliRun.Of("frameworkz");

        run.ExitCode.Should().Be(2);
        run.Error.Should().NotBeEmpty();
        NoStackTrace(run.Error);
    }

    internal static void NoStackTrace(string error)
    {
        error.Should().NotContain("   at ");
        error.Should().NotContain("Exception");
    }
}
