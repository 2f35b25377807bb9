using BenchmarkDotNet.Attributes;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// Where <see cref="ScoringBenchmarks.Engine"/>'s time goes: the public steps that
/// <c>ScoringEngine.Score</c> takes for each of the 10,599 units, measured one at a time on the
/// same evidence. <c>Score</c> itself is the baseline; the rest of its time is building the
/// scorecard and the final explanation strings.
/// </summary>
[MemoryDiagnoser]
public class ScoringBreakdownBenchmarks
{
    private IReadOnlyList<UnitEvidence> _units = [];
    private ScoringEngine? _engine;
    private Indicator[] _indicators = [];

    private ScoringEngine ScoringEngine => _engine ?? throw new InvalidOperationException("Not set up.");

    /// <summary>Makes the evidence.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _units = ScoringEvidence.Generate();
        _engine = new ScoringEngine(BuiltInFrameworks.DongNai2024);
        _indicators = [.. ScoringEngine.Framework.Indicators, .. ScoringEngine.Framework.Bonus];
    }

    /// <summary>The whole of <c>Score</c>.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public decimal Score()
    {
        var sum = 0m;
        foreach (var unit in _units) sum += ScoringEngine.Score(unit).Total;
        return sum;
    }

    /// <summary>The evidence check <c>Score</c> runs first (<c>ScoringEngine.Check</c>).</summary>
    /// <returns>The number of problems (0).</returns>
    [Benchmark]
    public int Check()
    {
        var problems = 0;
        foreach (var unit in _units) problems += ScoringEngine.Check(unit).Count;
        return problems;
    }

    /// <summary>Each indicator's method description, which <c>Score</c> builds for every indicator of every unit.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long Describe()
    {
        long length = 0;
        foreach (var _ in _units)
        {
            foreach (var indicator in _indicators) length += indicator.Method.Describe().En.Length;
        }

        return length;
    }

    /// <summary>Each evidence method's <c>Score</c> (points and working, in two languages), rounded.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public decimal MethodScores()
    {
        var sum = 0m;
        foreach (var unit in _units)
        {
            foreach (var indicator in _indicators)
            {
                if (indicator.Method is EvidenceMethod method && unit.SelfAssessed.TryGetValue(indicator.Id, out var entry))
                    sum += Math.Round(method.Score(entry, indicator.MaxPoints).RawPoints, 2, MidpointRounding.AwayFromZero);
            }
        }

        return sum;
    }
}
