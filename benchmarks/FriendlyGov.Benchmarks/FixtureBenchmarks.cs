using BenchmarkDotNet.Attributes;
using FriendlyGov.Testing;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// <c>FixtureRunner.RunFile</c> over the shipped <c>fixtures/dongnai-2024.json</c>, read where it is
/// (the repository root is found by walking up to <c>FriendlyGov.Domain.sln</c>): reading and
/// checking the file, resolving its framework and running every case.
/// </summary>
[MemoryDiagnoser]
public class FixtureBenchmarks
{
    private readonly FixtureRunner _runner = new();
    private string _path = string.Empty;

    /// <summary>Finds the fixture file and checks that every case passes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(RepositoryRoot(), "fixtures", "dongnai-2024.json");
        var results = _runner.RunFile(_path);
        if (results.Count == 0 || results.Any(r => !r.Passed))
            throw new InvalidOperationException($"{_path}: {string.Join("; ", results.SelectMany(r => r.Lines))}");
        Console.WriteLine($"// FixtureBenchmarks: {results.Count} cases in {_path}, all passed.");
    }

    /// <summary>Runs the fixture file.</summary>
    /// <returns>The number of cases passed.</returns>
    [Benchmark]
    public int RunFile() => _runner.RunFile(_path).Count(r => r.Passed);

    /// <summary>The repository root: the first folder up from here, or from the current folder, that holds <c>FriendlyGov.Domain.sln</c>.</summary>
    /// <returns>Its path.</returns>
    internal static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "FriendlyGov.Domain.sln"))) return folder.FullName;
            }
        }

        throw new InvalidOperationException("FriendlyGov.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
