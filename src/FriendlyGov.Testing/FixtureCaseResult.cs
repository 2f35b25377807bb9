using FriendlyGov.Frameworks;

namespace FriendlyGov.Testing;

/// <summary>The outcome of one fixture case: passed, or the figures that did not match.</summary>
/// <param name="Case">The case.</param>
/// <param name="Mismatches">What differed, such as <c>indicators.G1.1.1 expected 4.4, got 4.5</c>; empty when it passed.</param>
public sealed record FixtureCaseResult(FixtureCase Case, IReadOnlyList<string> Mismatches)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Mismatches.Count == 0;

    /// <summary>One line per mismatch, led by the case's name: <c>case name: indicators.G1.1.1 expected 4.4, got 4.5</c>.</summary>
    public IEnumerable<string> Lines => Mismatches.Select(m => $"{Case.Name}: {m}");
}
