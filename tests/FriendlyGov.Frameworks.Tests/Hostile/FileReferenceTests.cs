using System.Diagnostics;
using System.Text;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests.Hostile;

/// <summary>
/// A file names another (an evidence file's or a fixture's <c>framework</c>, a framework's
/// <c>conductCode</c>): the reference may not leave the root, may not be absolute, opens only a
/// regular file without blocking, and an error about a file of another kind quotes nothing of it.
/// </summary>
public sealed class FileReferenceTests : IDisposable
{
    /// <summary>What a refused reference may take at most: a FIFO must not block.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string EvidenceNaming(string framework, string folder = "upload") =>
        _temp.Write($"{folder}/e.json", EvidenceJson.With(framework: framework));

    /// <summary>The lines of the refusal, failing if it took longer than <see cref="Bound"/> (a blocked open).</summary>
    private static IReadOnlyList<string> Refused(Func<object?> load)
    {
        var run = Task.Run(() => Invalid.Lines(load));
        run.Wait(Bound).Should().BeTrue("a refused file is refused at once, not after waiting on it");
        return run.Result;
    }

    private string MakeFifo(string relativePath)
    {
        var path = Path.Combine(_temp.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
        return path;
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("../secret.json")]
    [InlineData("sub/../../secret.json")]
    public void A_path_that_climbs_out_of_the_evidence_files_folder_is_refused_without_opening_it(string reference)
    {
        // The reproduction: "../../../../etc/passwd" was opened and its first byte printed.
        _temp.Write("secret.json", """{ "format": "friendlygov.framework/1", "id": "TOPSECRET" }""");
        var path = EvidenceNaming(reference);

        Refused(() => new FrameworkLoader().LoadEvidence(path)).Should().Equal(
            $"{path}: $.framework: '{reference}' leads out of '{_temp.Path}/upload', the folder references must stay in (the root)");
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    public void An_absolute_path_is_refused_without_opening_it(string reference)
    {
        var path = EvidenceNaming(reference);

        Refused(() => new FrameworkLoader().LoadEvidence(path)).Should().Equal(
            $"{path}: $.framework: '{reference}' is not a relative path: a file names another by a path relative to its own folder");
    }

    [Fact]
    public void A_root_widens_where_references_may_go_but_not_beyond_it()
    {
        // upload/e.json names ../frameworks/tiny.json: outside upload/, inside the root.
        _temp.Write("frameworks/tiny.json", FrameworkJson.With());
        var path = EvidenceNaming("../frameworks/tiny.json");
        var outside = EvidenceNaming("../../frameworks/tiny.json", folder: "other");

        new FrameworkLoader(JsonLimits.Default, _temp.Path).LoadEvidence(path).Framework.Id.ToString().Should().Be("tiny@1");
        Refused(() => new FrameworkLoader().LoadEvidence(path)).Should().ContainSingle().Which.Should().Contain("leads out of");
        Refused(() => new FrameworkLoader(JsonLimits.Default, _temp.Path).LoadEvidence(outside)).Should().ContainSingle().Which.Should().Contain("leads out of");
    }

    [Fact]
    public void A_symbolic_link_that_leads_out_of_the_root_is_refused()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs symbolic links");
        var viaFile = EvidenceNaming("passwd.json");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "upload", "passwd.json"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(_temp.Path, "upload", "etc"), "/etc");
        var viaFolder = _temp.Write("upload/f.json", EvidenceJson.With(framework: "etc/passwd"));

        Refused(() => new FrameworkLoader().LoadEvidence(viaFile)).Should().ContainSingle().Which.Should().Contain("'passwd.json' leads out of");
        Refused(() => new FrameworkLoader().LoadEvidence(viaFolder)).Should().ContainSingle().Which.Should().Contain("'etc/passwd' leads out of");
    }

    [Fact]
    public void A_symbolic_link_loop_is_refused()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs symbolic links");
        var path = EvidenceNaming("loop.json");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "upload", "loop.json"), "loop.json");

        Refused(() => new FrameworkLoader().LoadEvidence(path)).Should().ContainSingle().Which.Should().Contain("'loop.json' leads out of");
    }

    [Fact]
    public void A_fifo_as_a_reference_is_refused_at_once()
    {
        // The reproduction: `mkfifo f` and a reference to it blocked forever.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs mkfifo");
        MakeFifo("upload/f.json");
        var path = EvidenceNaming("f.json");

        Refused(() => new FrameworkLoader().LoadEvidence(path)).Should().Equal(
            $"{_temp.Path}/upload/f.json: is a FIFO (named pipe), not a regular file; FriendlyGov reads regular files only");
    }

    [Fact]
    public void A_fifo_named_directly_is_refused_at_once_by_every_reader()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs mkfifo");
        var fifo = MakeFifo("f");
        var expected = $"{fifo}: is a FIFO (named pipe), not a regular file; FriendlyGov reads regular files only";

        Refused(() => new FrameworkLoader().LoadEvidence(fifo)).Should().Equal(expected);
        Refused(() => new FrameworkLoader().LoadFixture(fifo)).Should().Equal(expected);
        Refused(() => new FrameworkLoader().LoadFramework(fifo)).Should().Equal(expected);
        Refused(() => ConductCodeReader.ReadFile(fifo)).Should().Equal(expected);
        Refused(() => DisclosureCatalogueReader.ReadFile(fifo)).Should().Equal(expected);
        Refused(() => DossierStatisticsCsv.ReadFile(fifo)).Should().Equal(expected);
    }

    [Fact]
    public void A_folder_as_a_reference_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "upload", "frameworks"));
        var path = EvidenceNaming("frameworks");

        Refused(() => new FrameworkLoader().LoadEvidence(path)).Should().Equal($"{_temp.Path}/upload/frameworks: is a folder, not a file");
    }

    [Fact]
    public void A_conduct_code_reference_to_another_apps_json_quotes_none_of_it()
    {
        // The reproduction printed "$.id: 'TOPSECRET-api-key-12345' is not a framework id".
        _temp.Write("upload/appsettings.json", """{ "id": "TOPSECRET-api-key-12345", "format": "other" }""");
        var framework = _temp.Write("upload/f.json", FrameworkJson.With(extra: """, "conductCode": "appsettings.json" """));

        var lines = Refused(() => new FrameworkLoader().LoadFramework(framework));

        lines.Should().Equal($"{framework}: $.conductCode: 'appsettings.json' is not a code-of-conduct file (friendlygov.conduct/1)");
    }

    [Theory]
    [InlineData("root:x:0:0:TOPSECRET:/root:/bin/bash\n")]
    [InlineData("""{ "format": "friendlygov.evidence/1", "TOPSECRET": 1 }""")]
    [InlineData("""[ "TOPSECRET" ]""")]
    public void A_framework_reference_to_a_file_of_another_kind_quotes_none_of_it(string content)
    {
        _temp.Write("upload/other.json", content);
        var path = EvidenceNaming("other.json");

        var lines = Refused(() => new FrameworkLoader().LoadEvidence(path));

        lines.Should().Equal($"{path}: $.framework: 'other.json' is not a framework file (friendlygov.framework/1)");
    }

    [Fact]
    public void A_fixture_keeps_its_references_inside_the_root_too()
    {
        var fixture = _temp.Write("upload/fixture.json", """
            { "format": "friendlygov.fixture/1", "framework": "../../../../etc/passwd",
              "cases": [ { "name": "a", "evidence": {}, "expect": { "total": 0 } } ] }
            """);

        Refused(() => new FrameworkLoader().LoadFixture(fixture)).Should().Equal(
            $"{fixture}: $.framework: '../../../../etc/passwd' leads out of '{_temp.Path}/upload', the folder references must stay in (the root)");
    }

    [Fact]
    public void A_nine_mebibyte_property_name_is_shortened_in_the_message()
    {
        // The reproduction printed the 9 MiB name whole: 19 MB on standard error. 80 characters
        // are kept, then "… (9437184 characters)".
        var name = new string('x', 9 * 1024 * 1024);
        var path = _temp.Write("upload/e.json", EvidenceJson.With(extra: $$""", "{{name}}": 1"""));

        var lines = Invalid.Lines(() => new FrameworkLoader().LoadEvidence(path));

        lines.Should().ContainSingle().Which.Should().Contain($"'{new string('x', 80)}… (9437184 characters)' is not a property of");
        lines[0].Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void A_control_character_in_a_reference_is_escaped_in_the_message()
    {
        var path = EvidenceNaming("/\\u001b[2J");

        // The evidence reader refuses the control character before the reference is looked at.
        Refused(() => new FrameworkLoader().LoadEvidence(path)).Should().Equal(
            $"{path}: $.framework: '/\\u001B[2J' holds the control character U+001B; texts are printable characters only");
    }

    [Fact]
    public void Reading_changes_no_file()
    {
        // Readers only read: the folder's files hash the same after a refused load.
        _temp.Write("upload/appsettings.json", """{ "id": "x" }""");
        var path = EvidenceNaming("appsettings.json");
        string Hashes() => string.Join("\n", Directory.GetFiles(_temp.Path, "*", SearchOption.AllDirectories).Order()
            .Select(f => f + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
        var before = Hashes();

        Refused(() => new FrameworkLoader().LoadEvidence(path));

        Hashes().Should().Be(before);
        Encoding.UTF8.GetString(File.ReadAllBytes(path)).Should().Contain("appsettings.json");
    }
}
