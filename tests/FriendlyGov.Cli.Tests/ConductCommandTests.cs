namespace FriendlyGov.Cli.Tests;

/// <summary><c>friendlygov conduct show</c> and <c>conduct validate</c>: codes of conduct (bộ quy tắc ứng xử).</summary>
public sealed class ConductCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Conduct_show_prints_the_built_in_rules_in_both_languages()
    {
        var run = CliRun.Of("conduct", "show", "vn-friendly-government-2024");

        run.ExitCode.Should().Be(0);
        run.OutputLines[0].Should().Be("vn-friendly-government-2024@1: Quy tắc ứng xử của cán bộ, công chức trong mô hình Chính quyền thân thiện");
        run.Output.Should().Contain("Trọng số / Weights: minor 1, serious 3, grave 10");
        run.Output.Should().Contain("không tham nhũng lãng phí lợi ích nhóm");
        run.Output.Should().Contain("no corruption, waste or group interests");
    }

    [Fact]
    public void Conduct_validate_accepts_a_good_file()
    {
        // The example code has three groups, 5B, 3K and 4T, of 5, 3 and 4 rules: 12 rules.
        var path = RepositoryRoot.Combine("fixtures", "conduct", "5-biet-3-khong-4-the-hien.json");

        var run = CliRun.Of("conduct", "validate", path);

        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Equal($"{path}: valid: example-5-biet-3-khong-4-the-hien@1, 3 rule groups, 12 rules");
    }

    [Fact]
    public void Conduct_show_of_an_unknown_code_exits_2()
    {
        var run = CliRun.Of("conduct", "show", "nosuch-code");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("nosuch-code: 'nosuch-code' is neither a built-in code of conduct (vn-friendly-government-2024) nor a file");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void Conduct_validate_of_a_bad_file_exits_2_naming_file_and_path()
    {
        var path = _temp.Write("code.json", """{ "format": "friendlygov.framework/1" }""");

        var run = CliRun.Of("conduct", "validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain($"{path}: $.format: 'friendlygov.framework/1' is not friendlygov.conduct/1");
        run.ErrorLines.Should().OnlyContain(l => l.StartsWith($"{path}: $", StringComparison.Ordinal));
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }
}
