using System.Diagnostics;

namespace FriendlyGov.Cli.Tests;

/// <summary>
/// The commands that load files, given references that leave the root, FIFOs and figures that
/// would overflow: exit code 2 with one line per problem, at once, never a stack trace.
/// </summary>
public sealed class FileReferenceCommandTests : IDisposable
{
    private const string Largest = "79228162514264337593543950335";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Framework(string maxPoints = "5", string method = """{ "kind": "ratio", "floor": 0.5, "target": 1 }""") => $$"""
        { "format": "friendlygov.framework/1", "id": "tiny", "version": "1", "title": { "vi": "Nhỏ", "en": "Tiny" },
          "jurisdiction": "Đồng Nai", "appliesTo": ["phuong"], "period": "year",
          "ratings": [ { "code": "poor", "title": { "vi": "Chưa đạt", "en": "Poor" }, "minPoints": 0 } ],
          "groups": [ { "id": "G1", "title": { "vi": "Nhóm", "en": "Group" }, "criteria": [ { "id": "G1.1", "title": { "vi": "Tiêu chí", "en": "Criterion" },
            "indicators": [ { "id": "G1.1.1", "title": { "vi": "Chỉ số", "en": "Indicator" }, "maxPoints": {{maxPoints}}, "method": {{method}} } ] } ] } ] }
        """;

    private static string Evidence(string framework) => $$"""
        { "format": "friendlygov.evidence/1", "framework": "{{framework}}", "period": "2024",
          "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" }, "indicators": {} }
        """;

    /// <summary>Runs the command line, failing if it does not finish within 5 seconds (a blocked open).</summary>
    private static CliRun Quickly(params string[] args)
    {
        var run = Task.Run(() => CliRun.Of(args));
        run.Wait(TimeSpan.FromSeconds(5)).Should().BeTrue("a refused file is refused at once");
        return run.Result;
    }

    private static void ShouldRefuse(CliRun run, string line)
    {
        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(line);
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Score_refuses_evidence_whose_framework_climbs_out_of_the_root()
    {
        var path = _temp.Write("e.json", Evidence("../../../../etc/passwd"));

        ShouldRefuse(Quickly("score", path), $"{path}: $.framework: '../../../../etc/passwd' leads out of '{_temp.Path}', the folder references must stay in (the root)");
    }

    [Fact]
    public void Root_widens_where_references_may_go()
    {
        // upload/e.json names ../frameworks/tiny.json: refused by default (its own folder), read with --root.
        _temp.Write("frameworks/tiny.json", Framework());
        var path = _temp.Write("upload/e.json", Evidence("../frameworks/tiny.json"));

        ShouldRefuse(Quickly("score", path), $"{path}: $.framework: '../frameworks/tiny.json' leads out of '{_temp.Path}/upload', the folder references must stay in (the root)");
        var widened = Quickly("score", path, "--root", _temp.Path);
        widened.ExitCode.Should().Be(0, widened.Error);
    }

    [Fact]
    public void A_root_that_is_not_a_folder_is_refused()
    {
        var missing = Path.Combine(_temp.Path, "missing");

        ShouldRefuse(Quickly("score", "e.json", "--root", missing), $"friendlygov: --root '{missing}' is not an existing folder");
    }

    [Theory]
    [InlineData("score")]
    [InlineData("report")]
    [InlineData("verify")]
    [InlineData("framework validate")]
    [InlineData("framework show")]
    [InlineData("conduct validate")]
    [InlineData("conduct show")]
    public void A_fifo_as_an_argument_is_refused_at_once(string command)
    {
        // The reproduction: `mkfifo f` then `friendlygov score f` blocked forever.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs mkfifo");
        var fifo = Path.Combine(_temp.Path, "f");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!) mkfifo.WaitForExit();
        string[] args = [.. command.Split(' '), fifo, .. command == "report" ? new[] { "--out", Path.Combine(_temp.Path, "out") } : []];

        ShouldRefuse(Quickly(args), $"{fifo}: is a FIFO (named pipe), not a regular file; FriendlyGov reads regular files only");
    }

    [Fact]
    public void Framework_validate_refuses_the_largest_decimal_as_maxPoints()
    {
        // The reproduction crashed with exit 134 and a stack trace.
        var path = _temp.Write("f.json", Framework(maxPoints: Largest));

        ShouldRefuse(Quickly("framework", "validate", path),
            $"{path}: $.groups[0].criteria[0].indicators[0].maxPoints: {Largest} is beyond ±1000000, the most points FriendlyGov scores (FigureLimits.MaxPoints)");
    }

    [Fact]
    public void A_scale_that_validate_accepted_and_score_crashed_on_is_refused_by_both()
    {
        var framework = _temp.Write("f.json", Framework(method: $$"""{ "kind": "scale", "low": 0, "high": {{Largest}} }"""));
        var evidence = _temp.Write("e.json", Evidence("f.json"));
        var line = $"{framework}: $.groups[0].criteria[0].indicators[0].method.high: {Largest} is beyond ±1000000000000, the largest figure FriendlyGov scores with (FigureLimits.MaxValue)";

        ShouldRefuse(Quickly("framework", "validate", framework), line);
        ShouldRefuse(Quickly("score", evidence), line);
    }
}
