using System.Diagnostics;
using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests.Fuzzing;

/// <summary>
/// File references built at random from hostile parts (<c>..</c>, absolute paths, a FIFO, a folder,
/// a symbolic link out of the root, a link loop, another app's file, a device) in every document
/// that names a file: each load succeeds only on a framework or code inside the root, or is
/// refused with a problem, at once, quoting nothing of a file outside the expected format.
/// </summary>
/// <remarks>
/// <c>FRIENDLYGOV_FUZZ_ITERATIONS</c> / 10 attempts (200 by default) from <c>FRIENDLYGOV_FUZZ_SEED</c>,
/// as for <see cref="MutationFuzzTests"/>; a failure names the attempt's reference and document.
/// </remarks>
public sealed class ReferenceFuzzTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>Content of files that are not of the expected format; no message may quote it.</summary>
    private const string Secret = "TOPSECRET";

    private static readonly string[] Parts =
    [
        "..", ".", "", "in", "dir", "fifo.json", "out.json", "etc", "loop.json", "other.json", "bin.json",
        "tiny.json", "code.json", "frameworks", "passwd", "proc", "self", "environ", "dev", "zero", "~",
        "C:", "%2e%2e", "tiny.json\u0000", new string('a', 300),
    ];

    private static readonly string[] Whole =
    [
        "../../../../etc/passwd", "/etc/passwd", "/proc/self/environ", "/dev/zero", "fifo.json", "dir", "out.json",
        "etc/passwd", "loop.json", "other.json", "bin.json", "tiny.json", "../frameworks/tiny.json", "dir/../tiny.json",
        "code.json", "../in/code.json", "\\\\server\\share\\x.json", "C:\\Windows\\win.ini", "dongnai-friendly-government@2024.1",
        "vn-friendly-government-2024", "x@1",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The root's layout: in/ holds the documents and the hostile files, frameworks/ a framework outside in/.</summary>
    private void Lay()
    {
        _temp.Write("in/tiny.json", FrameworkJson.With());
        _temp.Write("frameworks/tiny.json", FrameworkJson.With());
        _temp.Write("in/code.json", File.ReadAllText(RepositoryRoot.Combine("fixtures", "conduct", "5-biet-3-khong-4-the-hien.json")));
        _temp.Write("in/other.json", $$"""{ "id": "{{Secret}}-api-key", "format": "friendlygov.framework/0" }""");
        _temp.Write("in/bin.json", $"root:x:0:0:{Secret}:/root:/bin/bash\n");
        Directory.CreateDirectory(Path.Combine(_temp.Path, "in", "dir"));
        if (!OperatingSystem.IsLinux()) return;
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "in", "out.json"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(_temp.Path, "in", "etc"), "/etc");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "in", "loop.json"), "loop.json");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(_temp.Path, "in", "fifo.json")]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
    }

    private static string Reference(Random random)
    {
        if (random.Next(3) == 0) return Whole[random.Next(Whole.Length)];
        var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Parts[random.Next(Parts.Length)]);
        return (random.Next(5) == 0 ? "/" : string.Empty) + string.Join('/', parts);
    }

    private string Document(int kind, string reference)
    {
        var quoted = JsonSerializer.Serialize(reference);
        return kind switch
        {
            0 => _temp.Write("in/e.json", EvidenceJson.With().Replace($"\"{EvidenceJson.DongNai2024}\"", quoted, StringComparison.Ordinal)),
            1 => _temp.Write("in/fixture.json", $$"""
                { "format": "friendlygov.fixture/1", "framework": {{quoted}},
                  "cases": [ { "name": "a", "evidence": { "framework": {{quoted}}, "period": "2024", "unit": {{EvidenceJson.Ward}} }, "expect": { "total": 0 } } ] }
                """),
            _ => _temp.Write("in/f.json", FrameworkJson.With(extra: $", \"conductCode\": {quoted}")),
        };
    }

    private static object Load(FrameworkLoader loader, int kind, string path) => kind switch
    {
        0 => loader.LoadEvidence(path),
        1 => loader.LoadFixture(path),
        _ => loader.LoadFramework(path),
    };

    /// <summary>Runs a load; its refusal, or <see langword="null"/> when it succeeded. Fails on any other exception or a load that does not finish at once.</summary>
    private static InvalidInputException? Attempt(Func<object> load, string what)
    {
        var attempt = Task.Run(() =>
        {
            try
            {
                load();
                return null;
            }
            catch (InvalidInputException ex)
            {
                return ex;
            }
        });
        attempt.Wait(Bound).Should().BeTrue($"{what} must finish at once");
        if (attempt.IsFaulted) Assert.Fail($"{what} threw {attempt.Exception!.InnerException}");
        return attempt.Result;
    }

    [Fact]
    public void Random_hostile_references_are_followed_only_inside_the_root_and_refused_at_once_otherwise()
    {
        Lay();
        var iterations = Mutator.Setting("FRIENDLYGOV_FUZZ_ITERATIONS", 2_000) / 10;
        var seed = Mutator.Setting("FRIENDLYGOV_FUZZ_SEED", 20_261_128);
        var refused = 0;
        for (var i = 0; i < iterations; i++)
        {
            var random = new Random(seed + i);
            var kind = random.Next(3);
            var reference = Reference(random);
            var path = Document(kind, reference);
            // Half the attempts keep references in in/, half widen the root to the whole test folder.
            var loader = random.Next(2) == 0 ? new FrameworkLoader() : new FrameworkLoader(JsonLimits.Default, _temp.Path);
            var what = $"attempt {i} (seed {seed} + {i}): kind {kind}, root {loader.Root ?? "in/"}, reference {JsonSerializer.Serialize(reference)}";

            if (Attempt(() => Load(loader, kind, path), what) is not { } refusal) continue;

            refused++;
            refusal.Lines.Should().NotBeEmpty(what);
            refusal.Message.Should().NotContain(Secret, what).And.NotContain("root:x", what).And.NotContain("\u0000", what);
        }

        // Most random references are refused; a few (tiny.json, a built-in id) are followed.
        refused.Should().BeGreaterThan(iterations / 2).And.BeLessThan(iterations);
    }
}
