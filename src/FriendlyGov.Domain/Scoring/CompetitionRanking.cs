namespace FriendlyGov.Domain.Scoring;

/// <summary>
/// Standard competition ranking (1, 2, 2, 4) by rating, then total, ties listed by unit code: the
/// one ordering that live scorecards and finalized snapshots share.
/// </summary>
public static class CompetitionRanking
{
    /// <summary>Ranks items.</summary>
    /// <typeparam name="T">What is ranked: a scorecard, a snapshot, a row.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="ratingRank">The item's rating's place among the framework's ratings: 0 for the best.</param>
    /// <param name="total">The item's total.</param>
    /// <param name="unitCode">The item's unit code.</param>
    /// <returns>Each item with its rank, best first; items with the same rating and total share a rank.</returns>
    public static IReadOnlyList<(int Rank, T Item)> Rank<T>(IEnumerable<T> items, Func<T, int> ratingRank, Func<T, decimal> total, Func<T, string> unitCode)
    {
        var ordered = Guard.Against.Null(items)
            .OrderBy(ratingRank)
            .ThenByDescending(total)
            .ThenBy(unitCode, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<(int Rank, T Item)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var tied = i > 0 && ratingRank(ordered[i]) == ratingRank(ordered[i - 1]) && total(ordered[i]) == total(ordered[i - 1]);
            ranked.Add((tied ? ranked[i - 1].Rank : i + 1, ordered[i]));
        }

        return ranked;
    }
}
