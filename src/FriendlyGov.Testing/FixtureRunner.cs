using FriendlyGov.Domain;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Testing;

/// <summary>
/// Checks fixture cases: scores each case's evidence and compares the scorecard with what the
/// case expects, exactly, as decimals.
/// </summary>
/// <remarks>
/// A case that expects <c>error</c> passes when its evidence is refused with a message containing
/// that text; the message is the same line <c>friendlygov score</c> prints for such evidence.
/// </remarks>
/// <param name="loader">Loads fixture files and their frameworks; a new one when <see langword="null"/>.</param>
public sealed class FixtureRunner(FrameworkLoader? loader = null)
{
    private readonly FrameworkLoader _loader = loader ?? new FrameworkLoader();

    /// <summary>Loads a fixture file and checks every case.</summary>
    /// <param name="path">The fixture file.</param>
    /// <returns>One result per case, in file order.</returns>
    /// <exception cref="InvalidInputException">The file is not a usable fixture.</exception>
    public IReadOnlyList<FixtureCaseResult> RunFile(string path) => Run(_loader.LoadFixture(path));

    /// <summary>Checks every case of a fixture.</summary>
    /// <param name="fixture">The fixture.</param>
    /// <returns>One result per case, in file order.</returns>
    public IReadOnlyList<FixtureCaseResult> Run(Fixture fixture) =>
        [.. Guard.Against.Null(fixture).Cases.Select(c => Run(fixture, c))];

    /// <summary>Checks one case.</summary>
    /// <param name="fixture">The fixture the case belongs to.</param>
    /// <param name="fixtureCase">The case.</param>
    /// <returns>The result.</returns>
    public FixtureCaseResult Run(Fixture fixture, FixtureCase fixtureCase)
    {
        Guard.Against.Null(fixture);
        Guard.Against.Null(fixtureCase);
        var errors = fixtureCase.Problems.Select(p => $"{fixture.Document}: {p}").ToList();
        var expect = fixtureCase.Expect;
        if (expect.Error is { } text)
        {
            if (errors.Count == 0) return new(fixtureCase, [$"error expected containing {MessageText.Quote(text)}, got none"]);
            return errors.Any(e => e.Contains(text, StringComparison.Ordinal))
                ? new(fixtureCase, [])
                : new(fixtureCase, [$"error expected containing {MessageText.Quote(text)}, got: {string.Join(" | ", errors)}"]);
        }

        if (errors.Count > 0) return new(fixtureCase, [.. errors.Select(e => $"unexpected error: {e}")]);
        var card = _loader.EngineFor(fixture.Framework).Score(fixtureCase.Evidence!);
        return new(fixtureCase, Compare(expect, card));
    }

    private static List<string> Compare(FixtureExpectation expect, Scorecard card)
    {
        var mismatches = new List<string>();
        void Figure(string what, decimal expected, decimal? actual)
        {
            if (actual is null) mismatches.Add($"{what} expected {Figures.Format(expected)}, but {card.Framework.Id} has no such part");
            else if (actual.Value != expected) mismatches.Add($"{what} expected {Figures.Format(expected)}, got {Figures.Format(actual.Value)}");
        }

        void Set(string what, IReadOnlySet<string>? expected, IEnumerable<string> actual)
        {
            var got = actual.ToList();
            if (expected is not null && !expected.SetEquals(got))
                mismatches.Add($"{what} expected [{string.Join(", ", expected.Order(StringComparer.Ordinal))}], got [{string.Join(", ", got.Order(StringComparer.Ordinal))}]");
        }

        if (expect.Total is { } total) Figure("total", total, card.Total);
        if (expect.Rating is { } rating && rating != card.Rating.Code) mismatches.Add($"rating expected {rating}, got {card.Rating.Code}");
        foreach (var (id, points) in expect.Groups) Figure($"groups.{id}", points, card.Groups.FirstOrDefault(g => g.Group.Id == id)?.Points);
        foreach (var (id, points) in expect.Criteria) Figure($"criteria.{id}", points, card.Criteria.FirstOrDefault(c => c.Criterion.Id == id)?.Points);
        foreach (var (id, points) in expect.Indicators)
            Figure($"indicators.{id}", points, card.Framework.TryGetIndicator(id, out _) ? card.Indicator(id).Points : null);
        if (expect.Bonus is { } bonus) Figure("bonus", bonus, card.Bonus);
        Set("caps", expect.Caps, card.Caps.Select(c => c.Cap.Id));
        Set("missing", expect.Missing, card.Missing);
        return mismatches;
    }
}
