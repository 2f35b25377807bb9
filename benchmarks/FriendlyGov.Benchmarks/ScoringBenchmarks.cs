using BenchmarkDotNet.Attributes;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// Scoring 10,599 units on dongnai-friendly-government@2024.1, in memory: the engine, the engine
/// with every explanation read, plain C# written for this framework alone (the baseline, the
/// floor) and a Microsoft RulesEngine 6.0.1 workflow of the same indicators.
/// </summary>
/// <remarks>
/// The evidence (<see cref="ScoringEvidence"/>, seed 2024) is made once. Global setup checks that
/// the hand-written scorer and the RulesEngine workflow give exactly the engine's total and rating
/// for every unit, and throws if not.
/// </remarks>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private IReadOnlyList<UnitEvidence> _units = [];
    private ScoringEngine? _engine;
    private RulesEngineScoring? _rules;

    private ScoringEngine ScoringEngine => _engine ?? throw new InvalidOperationException("Not set up.");

    private RulesEngineScoring Rules => _rules ?? throw new InvalidOperationException("Not set up.");

    /// <summary>Makes the evidence and checks that the three ways agree on every unit.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _units = ScoringEvidence.Generate();
        if (_units.Count != VietnamUnits.Count2024) throw new InvalidOperationException($"Expected {VietnamUnits.Count2024} units, got {_units.Count}.");
        _engine = new ScoringEngine(BuiltInFrameworks.DongNai2024);
        _rules = new RulesEngineScoring();
        var capped = 0;
        foreach (var unit in _units)
        {
            var card = ScoringEngine.Score(unit);
            var expected = new PlainResult(card.Total, card.Rating.Code);
            var hand = HandWrittenScoring.Score(unit);
            var rules = Rules.Score(unit);
            if (hand != expected || rules != expected)
                throw new InvalidOperationException($"Unit {unit.Unit.Code}: engine {expected}, hand-written {hand}, RulesEngine {rules}.");
            if (card.IsCapped) capped++;
        }

        Console.WriteLine($"// ScoringBenchmarks: engine, hand-written and RulesEngine agree on all {_units.Count} units ({capped} capped).");
    }

    /// <summary>The engine, reading only totals and ratings (it builds the explanations all the same).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public decimal Engine()
    {
        var sum = 0m;
        foreach (var unit in _units)
        {
            var card = ScoringEngine.Score(unit);
            sum += card.Total + card.Rating.Code.Length;
        }

        return sum;
    }

    /// <summary>The engine, also reading every indicator's explanation (summing their lengths).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public decimal EngineWithExplanations()
    {
        var sum = 0m;
        long length = 0;
        foreach (var unit in _units)
        {
            var card = ScoringEngine.Score(unit);
            sum += card.Total + card.Rating.Code.Length;
            foreach (var indicator in card.Indicators)
                length += indicator.Explanation.Vi.Length + indicator.Explanation.En.Length;
        }

        return sum + length;
    }

    /// <summary>Plain C# written for this framework alone: the floor.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        var sum = 0m;
        foreach (var unit in _units)
        {
            var result = HandWrittenScoring.Score(unit);
            sum += result.Total + result.Rating.Length;
        }

        return sum;
    }

    /// <summary>The same indicators as a Microsoft RulesEngine workflow.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public decimal RulesEngine()
    {
        var sum = 0m;
        foreach (var unit in _units)
        {
            var result = Rules.Score(unit);
            sum += result.Total + result.Rating.Length;
        }

        return sum;
    }
}
