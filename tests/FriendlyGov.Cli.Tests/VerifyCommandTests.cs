using System.Text.Json.Nodes;

namespace FriendlyGov.Cli.Tests;

/// <summary><c>friendlygov verify</c>: runs fixture files and ends with <c>N passed, N failed</c>.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private static readonly string[] ShippedFixtures = ["dongnai-2024.json", "dongnai-2025.json", "all-methods.json", "custom-conduct.json", "dongnai-dan-van-kheo-waste.json", "vn-service-index.json"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_shipped_fixtures_all_pass()
    {
        // Cases counted in the files' "cases" arrays: dongnai-2024 60 + dongnai-2025 36 + all-methods 26
        // + custom-conduct 13 + dongnai-dan-van-kheo-waste 22 + vn-service-index 21 = 178.
        var run = CliRun.Of(["verify", .. ShippedFixtures.Select(f => RepositoryRoot.Combine("fixtures", f))]);

        run.Error.Should().BeEmpty();
        run.OutputLines[^1].Should().Be("178 passed, 0 failed");
        run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_copy_of_a_fixture_with_one_wrong_figure_fails_that_case()
    {
        // The first case of dongnai-2024.json scores every indicator at its maximum: total 100.
        var original = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("fixtures", "dongnai-2024.json")))!;
        var firstCase = original["cases"]![0]!;
        var name = firstCase["name"]!.GetValue<string>();
        var cases = original["cases"]!.AsArray().Count;
        firstCase["expect"]!["total"] = 99;
        var path = _temp.Write("dongnai-2024-wrong.json", original.ToJsonString());

        var run = CliRun.Of("verify", path);

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().Equal(
            $"FAIL {path}: {name}: total expected 99, got 100",
            $"{cases - 1} passed, 1 failed");
    }

    [Fact]
    public void An_unusable_fixture_exits_2_and_names_the_problem()
    {
        var path = _temp.Write("fixture.json", """
            {
              "format": "friendlygov.fixture/1",
              "framework": "nosuch@1",
              "cases": [ { "name": "one", "evidence": { "period": "2024", "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" } }, "expect": { "total": 0 } } ]
            }
            """);

        var run = CliRun.Of("verify", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{path}: $.framework: 'nosuch@1' is not a built-in framework");
        run.OutputLines[^1].Should().Be("0 passed, 0 failed");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void A_missing_fixture_file_exits_2()
    {
        var path = Path.Combine(_temp.Path, "nowhere.json");

        var run = CliRun.Of("verify", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: the file does not exist");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void Verify_needs_at_least_one_file()
    {
        var run = CliRun.Of("verify");

        run.ExitCode.Should().Be(2);
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }
}
