using System.Reflection;
using FriendlyGov.Frameworks;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace FriendlyGov.Testing;

/// <summary>
/// Turns every case of one or more fixture files into a case of an xunit theory whose single
/// parameter is a <see cref="FixtureTestCase"/>.
/// </summary>
/// <remarks>
/// Relative paths are relative to the test assembly's folder (copy the fixture files to the
/// output), then to the current directory. A fixture file that cannot be used fails the theory
/// with the file's problems.
/// </remarks>
/// <example>
/// <code>
/// [Theory, FixtureCases("fixtures/dongnai-2024.json")]
/// public void Case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();
/// </code>
/// </example>
/// <param name="paths">The fixture files.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class FixtureCasesAttribute(params string[] paths) : DataAttribute
{
    /// <summary>The fixture files.</summary>
    public IReadOnlyList<string> Paths { get; } = paths;

    /// <inheritdoc />
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var loader = new FrameworkLoader();
        var runner = new FixtureRunner(loader);
        var rows = new List<ITheoryDataRow>();
        foreach (var path in Paths)
        {
            var fixture = loader.LoadFixture(Locate(path));
            rows.AddRange(fixture.Cases.Select(c =>
            {
                var testCase = new FixtureTestCase(fixture, c, runner);
                return new TheoryDataRow<FixtureTestCase>(testCase) { TestDisplayName = $"{testMethod.Name}({testCase})" };
            }));
        }

        return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>(rows);
    }

    /// <summary>Cases are read when tests run, not when they are discovered, so a fixture edit needs no rebuild.</summary>
    /// <returns><see langword="false"/>.</returns>
    public override bool SupportsDiscoveryEnumeration() => false;

    private static string Locate(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var besideAssembly = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideAssembly) ? besideAssembly : Path.GetFullPath(path);
    }
}
