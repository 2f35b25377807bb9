using System.Text;
using System.Text.Json.Nodes;
using FriendlyGov.Frameworks;
using FriendlyGov.Frameworks.Tests.Results;

namespace FriendlyGov.Cli.Tests;

/// <summary><c>friendlygov result verify</c>, <c>keys new</c> and <c>publish</c>'s refusals: exit codes and what they print.</summary>
public sealed class ResultCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_bundle_that_scores_again_to_its_figures_exits_0_naming_its_units()
    {
        var file = Write("result.json", ResultBundleWriter.Write(SampleResults.Bundle()));

        var run = CliRun.Of("result", "verify", file);

        (run.ExitCode, run.Output, run.Error).Should().Be((0, "5 units verified, ranking verified\n", string.Empty));
    }

    /// <summary>Xã Bình Lộc's G3.1.1: 8 × (1520/1528 − 0.8) / 0.2 = 7.7906 → 7.79, published as 7.8.</summary>
    [Fact]
    public void A_changed_figure_exits_1_naming_the_unit_the_figure_and_both_values()
    {
        var json = JsonNode.Parse(ResultBundleWriter.Write(SampleResults.Bundle()))!;
        json["units"]!.AsArray().Single(u => (string?)u!["unitCode"] == "26089")!["scorecard"]!["indicators"]!["G3.1.1"]!["points"] = 7.8m;
        var file = Write("result.json", Encoding.UTF8.GetBytes(json.ToJsonString()));

        var run = CliRun.Of("result", "verify", file);

        (run.ExitCode, run.Output).Should().Be((1, $"{file}: 26089: G3.1.1 published 7.8, recomputed 7.79\n"));
    }

    [Fact]
    public void An_unreadable_bundle_exits_2_with_one_line_per_problem_and_no_stack_trace()
    {
        var file = Write("result.json", """{ "format": "friendlygov.result/1", "round": { "id": "x", "province": "Đồng Nai", "period": "2024" } }"""u8.ToArray());

        var run = CliRun.Of("result", "verify", file);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain($"{file}: $.round.id: 'x' is not a round id (a GUID)").And.Contain($"{file}: $: 'frameworkSha256' is required in a result bundle");
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Keys_made_by_keys_new_sign_and_check_a_bundle_and_one_changed_byte_fails_the_signature()
    {
        var keys = CliRun.Of("keys", "new", "--out", _folder.Path);
        using var key = ProvinceKey.ReadFile(Path.Combine(_folder.Path, "province-key.pem"));
        var publicKey = Path.Combine(_folder.Path, "province-key.pub.pem");
        var signed = ResultBundleWriter.WriteSigned(SampleResults.Bundle(), key);
        var good = Write("signed.json", signed);
        var text = Encoding.UTF8.GetString(signed);
        var changed = Write("changed.json", Encoding.UTF8.GetBytes(text.Replace("\"unitName\": \"Xã Bình Lộc\"", "\"unitName\": \"Xã Bình Lộd\"", StringComparison.Ordinal)));

        keys.ExitCode.Should().Be(0);
        keys.OutputLines[1].Should().Be($"{publicKey}: public key {key.PublicKeySha256}: publish it so anyone can check signed bundles");
        CliRun.Of("result", "verify", good, "--public-key", publicKey).Output.Should().Be("5 units verified, ranking verified, signature verified\n");
        var broken = CliRun.Of("result", "verify", changed, "--public-key", publicKey);
        broken.ExitCode.Should().Be(1);
        broken.OutputLines.Should().Contain($"{changed}: signature: does not match the bundle's content: it was changed after signing, or signed by another key");
        CliRun.Of("keys", "new", "--out", _folder.Path).Should().Match<CliRun>(r => r.ExitCode == 2 && r.Error.Contains("already exists; a key is never overwritten"));
    }

    [Fact]
    public void Publishing_from_a_missing_database_exits_2_naming_it()
    {
        var database = Path.Combine(_folder.Path, "none.db");

        var run = CliRun.Of("publish", "--sqlite", database, "--round", Guid.Empty.ToString(), "--out", Path.Combine(_folder.Path, "r.json"));

        (run.ExitCode, run.Error).Should().Be((2, $"{database}: no such database file\n"));
    }

    [Fact]
    public void Publishing_with_a_public_key_exits_2_before_reading_the_database()
    {
        CliRun.Of("keys", "new", "--out", _folder.Path);
        var publicKey = Path.Combine(_folder.Path, "province-key.pub.pem");

        var run = CliRun.Of("publish", "--sqlite", "none.db", "--round", Guid.Empty.ToString(), "--out", "r.json", "--key", publicKey);

        (run.ExitCode, run.Error).Should().Be((2, $"{publicKey}: key: a public key cannot sign: give the province's private key\n"));
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
