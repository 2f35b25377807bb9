using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Tests.Fuzzing;

/// <summary>
/// Every shipped fixture, framework, code of conduct, disclosure catalogue and sample evidence,
/// broken at random and fed to its reader (and to the scoring engine where it reads evidence):
/// each attempt either succeeds or is refused with an <see cref="InvalidInputException"/>, never
/// another exception, and finishes in bounded time.
/// </summary>
/// <remarks>
/// <c>FRIENDLYGOV_FUZZ_ITERATIONS</c> sets the number of attempts (2,000 by default, spread over the
/// files in turn) and <c>FRIENDLYGOV_FUZZ_SEED</c> the seed; attempt <c>i</c> mutates file <c>i</c> modulo
/// the number of files with seed + i, and <c>FRIENDLYGOV_FUZZ_FROM</c> skips the attempts before it, so a
/// failing attempt runs again alone. A failure prints that command and the mutated input, and saves it.
/// </remarks>
public sealed class MutationFuzzTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static IReadOnlyList<string> Inputs() =>
    [
        .. Directory.GetFiles(RepositoryRoot.Combine("fixtures"), "*.json", SearchOption.AllDirectories),
        .. Directory.GetFiles(RepositoryRoot.Combine("src", "FriendlyGov.Frameworks", "BuiltIn"), "*.json", SearchOption.AllDirectories),
        .. Directory.GetFiles(RepositoryRoot.Combine("samples", "evidence"), "*.json"),
    ];

    [Fact]
    public void The_shipped_files_inputs_cover_every_format()
    {
        // Today 6 fixtures, 2 fixture frameworks, 1 fixture code; 4 built-in frameworks, 1 code, 1 catalogue; 5 samples.
        var formats = Inputs().Select(p => FormatOf(File.ReadAllBytes(p))).ToList();

        formats.Should().HaveCountGreaterThanOrEqualTo(20);
        formats.Distinct().Should().BeEquivalentTo(
            "friendlygov.fixture/1", "friendlygov.framework/1", "friendlygov.conduct/1", "friendlygov.disclosures/1", "friendlygov.evidence/1");
    }

    [Fact]
    public void Mutated_shipped_files_are_read_or_refused_with_a_problem_never_a_crash()
    {
        var iterations = Mutator.Setting("FRIENDLYGOV_FUZZ_ITERATIONS", 2_000);
        var seed = Mutator.Setting("FRIENDLYGOV_FUZZ_SEED", 20_261_128);
        var inputs = Inputs().Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToList();
        var from = Mutator.Setting("FRIENDLYGOV_FUZZ_FROM", 0);
        var loader = new FrameworkLoader(JsonLimits.Default, RepositoryRoot.Path);
        var refused = 0;

        for (var i = from; i < iterations; i++)
        {
            var (path, original) = inputs[i % inputs.Count];
            var (mutated, what) = Mutator.Mutate(original, new Random(seed + i));
            var watch = Stopwatch.StartNew();
            try
            {
                Read(FormatOf(original), mutated, path, loader);
            }
            catch (InvalidInputException ex)
            {
                refused++;
                ex.Lines.Should().NotBeEmpty();
            }
            catch (Exception ex)
            {
                Assert.Fail(Report(seed, i, path, what, mutated, $"threw {ex}"));
            }

            if (watch.Elapsed > Bound) Assert.Fail(Report(seed, i, path, what, mutated, $"took {watch.Elapsed.TotalSeconds:0.0} s"));
        }

        // Most mutations break a file; a few leave it valid (a flipped bit in a title). Both must happen.
        refused.Should().BeGreaterThan((iterations - from) / 2);
    }

    /// <summary>Feeds a document to the reader its original's format names, and scores what it reads.</summary>
    private static void Read(string format, byte[] utf8, string path, FrameworkLoader loader)
    {
        var directory = Path.GetDirectoryName(path)!;
        switch (format)
        {
            case "friendlygov.framework/1":
                FrameworkReader.Read(utf8, path, reference => FrameworkReader.ConductCodeFile(reference, directory, RepositoryRoot.Path, file => ConductCodeReader.Read(file.Bytes, file.Path), null));
                break;
            case "friendlygov.conduct/1":
                ConductCodeReader.Read(utf8, path);
                break;
            case "friendlygov.disclosures/1":
                DisclosureCatalogueReader.Read(utf8, path);
                break;
            case "friendlygov.evidence/1":
                var document = EvidenceReader.Read(utf8, path);
                var framework = loader.Resolve(document.Framework!, directory);
                loader.EngineFor(framework).Score(document.Evidence);
                break;
            case "friendlygov.fixture/1":
                var fixture = FixtureReader.Read(utf8, path, directory, RepositoryRoot.Path, loader);
                var engine = loader.EngineFor(fixture.Framework);
                foreach (var evidence in fixture.Cases.Select(c => c.Evidence).OfType<Domain.Evidence.UnitEvidence>())
                    engine.Score(evidence);
                break;
            default:
                throw new InvalidOperationException($"{path} has no reader for {format}");
        }
    }

    private static string FormatOf(byte[] utf8)
    {
        using var json = JsonDocument.Parse(utf8);
        return json.RootElement.GetProperty("format").GetString()!;
    }

    private static string Report(int seed, int attempt, string path, string what, byte[] mutated, string outcome)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "friendlygov-fuzz"));
        var saved = Path.Combine(directory.FullName, $"{seed}-{attempt}-{Path.GetFileName(path)}");
        File.WriteAllBytes(saved, mutated);
        var text = Encoding.UTF8.GetString(mutated);
        return $"""
            Attempt {attempt} (seed {seed} + {attempt}): {path} with {what} {outcome}
            Run it alone: FRIENDLYGOV_FUZZ_SEED={seed} FRIENDLYGOV_FUZZ_FROM={attempt} FRIENDLYGOV_FUZZ_ITERATIONS={attempt + 1}
            The mutated input is saved at {saved}.
            Input (first 2,000 characters):
            {(text.Length > 2000 ? text[..2000] + "…" : text)}
            """;
    }
}
