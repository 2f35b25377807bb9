namespace FriendlyGov.Domain.Scoring;

/// <summary>
/// The ranking (xếp hạng) of units scored against one framework for one period.
/// </summary>
/// <remarks>
/// Units are ordered by final rating (so a cap that lowers a rating also lowers the place), then
/// by total, highest first. Units with the same rating and total share a rank, in standard
/// competition ranking (1, 2, 2, 4), and are listed by unit code.
/// </remarks>
public sealed class Ranking
{
    private Ranking(IReadOnlyList<RankingEntry> entries) => Entries = entries;

    /// <summary>The entries, best first.</summary>
    public IReadOnlyList<RankingEntry> Entries { get; }

    /// <summary>Ranks scorecards of one framework and one period.</summary>
    /// <param name="scorecards">The scorecards; one per unit.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="InvalidInputException">The scorecards mix frameworks or periods, or a unit
    /// appears twice.</exception>
    public static Ranking Of(IEnumerable<Scorecard> scorecards)
    {
        var cards = Guard.Against.Null(scorecards).ToList();
        if (cards.Count == 0) return new Ranking([]);

        var first = cards[0];
        var problems = new List<Problem>();
        foreach (var card in cards.Skip(1))
        {
            if (card.Framework.Id != first.Framework.Id || card.Period != first.Period)
                problems.Add(new Problem(string.Empty, $"unit {card.Unit.Code} was scored on {card.Framework.Id} for {card.Period}, unit {first.Unit.Code} on {first.Framework.Id} for {first.Period}: only one framework and period can be ranked together"));
        }

        foreach (var twice in cards.GroupBy(c => c.Unit.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add(new Problem(string.Empty, $"unit {twice.Key} appears {twice.Count()} times: rank each unit once"));
        InvalidInputException.ThrowIfAny(problems);

        var framework = first.Framework;
        var entries = CompetitionRanking.Rank(
                cards,
                c => framework.Ratings.ToList().FindIndex(r => r.Code == c.Rating.Code),
                c => c.Total,
                c => c.Unit.Code)
            .Select(r => new RankingEntry(r.Rank, r.Item))
            .ToList();
        return new Ranking(entries);
    }
}
