using System.Text;

namespace FriendlyGov.Cli.Tests;

/// <summary>
/// <c>friendlygov score</c> on files written by mistake or to do harm: exit code 2, one line per
/// problem naming the file, and never a stack trace.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Evidence(string indicators = "{}", string extra = "", string name = "Phường Tân Phong") => $$"""
        {
          "format": "friendlygov.evidence/1",
          "framework": "dongnai-friendly-government@2024.1",
          "period": "2024",
          "unit": { "code": "25996", "name": "{{name}}", "kind": "phuong" },
          "indicators": {{indicators}}{{extra}}
        }
        """;

    public static TheoryData<string, string> HostileFiles => new()
    {
        { Evidence("""{ "G1.1.3": { "value": NaN } }"""), "$: not valid JSON at line 6" },
        { Evidence("""{ "G1.1.3": { "value": 1e999999 } }"""), "$.indicators['G1.1.3'].value: 1e999999 is beyond the range of numbers FriendlyGov holds exactly (decimal)" },
        { Evidence("""{ "G1.2.1": { "value": -1e30 } }"""), "$.indicators['G1.2.1'].value: -1e30 is beyond the range" },
        { Evidence("""{ "G2.1.1": { "met": true, "met": true } }"""), "$.indicators['G2.1.1'].met: 'met' is given more than once in this object" },
        { Evidence(name: "\\u001b[31mred"), "$.unit.name: '\\u001B[31mred' holds the control character U+001B" },
        { Evidence(extra: ", \"conduct\": " + new string('[', 10_000) + new string(']', 10_000)), "$: arrays and objects are nested more than 64 levels deep" },
        { Evidence(extra: """, "conduct": [ { "rule": "5K.3", "official": "CB-017", "role": "head", "status": "confirmed", "on": "2024-02-30" } ]"""), "$.conduct[0].on: '2024-02-30' is not a date" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Score_refuses_a_hostile_file_with_exit_code_2_and_no_stack_trace(string json, string expected)
    {
        var path = _temp.Write("evidence.json", json);

        var run = CliRun.Of("score", path);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{path}: {expected}");
        run.Error.Should().NotContain("\u001b");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void Score_refuses_a_file_over_10_MiB_before_reading_it()
    {
        var path = Path.Combine(_temp.Path, "huge.json");
        using (var stream = File.Create(path)) stream.SetLength(10 * 1024 * 1024 + 1);

        var run = CliRun.Of("score", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: the document is 10,485,761 bytes; the most FriendlyGov reads is 10,485,760 bytes (JsonLimits.MaxBytes)");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Fact]
    public void Score_reads_a_file_with_a_byte_order_mark()
    {
        var path = Path.Combine(_temp.Path, "bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Evidence())]);

        var run = CliRun.Of("score", path, "--format", "json");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Phường Tân Phong");
    }
}
