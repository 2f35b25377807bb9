using FriendlyGov.Domain;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Reporting;

/// <summary>
/// The ranking (xếp hạng) of units scored on one framework for one period, as reports show it.
/// </summary>
/// <remarks>
/// Units are ordered by final rating, then by total, highest first; units with the same rating and
/// total share a rank (1, 2, 2, 4) and are listed by unit code, exactly as <see cref="Ranking"/>
/// orders them.
/// </remarks>
public sealed class RankingReport
{
    private RankingReport(IReadOnlyList<RankingReportEntry> entries, IReadOnlyDictionary<string, PredecessorResults>? predecessors = null)
    {
        Entries = entries;
        Predecessors = predecessors ?? new Dictionary<string, PredecessorResults>(StringComparer.Ordinal);
        var first = entries[0].Scorecard;
        FrameworkId = first.FrameworkId;
        FrameworkTitle = first.FrameworkTitle;
        Period = first.Period;
        MaxPoints = first.MaxPoints;
        BonusMaxPoints = first.BonusMaxPoints;
    }

    /// <summary>The framework's name, <c>id@version</c>.</summary>
    public string FrameworkId { get; }

    /// <summary>The framework's title in both languages.</summary>
    public LocalizedText FrameworkTitle { get; }

    /// <summary>The assessment period as files write it, such as <c>2024</c>.</summary>
    public string Period { get; }

    /// <summary>The framework's maximum points, bonus excluded.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The most bonus points the framework gives.</summary>
    public decimal BonusMaxPoints { get; }

    /// <summary>The entries, best first; at least one.</summary>
    public IReadOnlyList<RankingReportEntry> Entries { get; }

    /// <summary>
    /// Beside each unit, by unit code, how the units it was formed from did in an earlier period;
    /// empty unless given with <see cref="WithPredecessors"/>. A unit with no entry shows none
    /// (no predecessor recorded, or none with a result).
    /// </summary>
    public IReadOnlyDictionary<string, PredecessorResults> Predecessors { get; }

    /// <summary>The same ranking, showing beside each unit its predecessors' results of an earlier period.</summary>
    /// <param name="predecessors">By unit code, the predecessors' results; units not listed show none.</param>
    /// <returns>The report with the predecessors' results.</returns>
    public RankingReport WithPredecessors(IReadOnlyDictionary<string, PredecessorResults> predecessors) =>
        new(Entries, Guard.Against.Null(predecessors));

    /// <summary>The report of a ranking of live scorecards, in the ranking's order.</summary>
    /// <param name="ranking">The ranking; at least one unit.</param>
    /// <returns>Its report.</returns>
    /// <exception cref="InvalidInputException">The ranking is empty.</exception>
    public static RankingReport From(Ranking ranking)
    {
        Guard.Against.Null(ranking);
        ThrowIfEmpty(ranking.Entries.Count);
        return new RankingReport([.. ranking.Entries.Select(e => new RankingReportEntry(e.Rank, ScorecardReport.From(e.Scorecard)))]);
    }

    /// <summary>
    /// Ranks scorecard reports, such as those of a round's finalized snapshots, with the same
    /// competition rule as <see cref="Ranking"/>.
    /// </summary>
    /// <param name="cards">The reports; at least one, one per unit, all of one framework and period.</param>
    /// <returns>The ranking report.</returns>
    /// <exception cref="InvalidInputException">There is no report, the reports mix frameworks or
    /// periods, or a unit appears twice; every problem is listed.</exception>
    public static RankingReport Of(IEnumerable<ScorecardReport> cards)
    {
        var list = Guard.Against.Null(cards).ToList();
        ThrowIfEmpty(list.Count);
        var first = list[0];
        var problems = new List<Problem>();
        foreach (var card in list.Skip(1).Where(c => c.FrameworkId != first.FrameworkId || c.Period != first.Period))
            problems.Add(new Problem(string.Empty, $"unit {card.UnitCode} was scored on {card.FrameworkId} for {card.Period}, unit {first.UnitCode} on {first.FrameworkId} for {first.Period}: only one framework and period can be ranked together"));
        foreach (var twice in list.GroupBy(c => c.UnitCode, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add(new Problem(string.Empty, $"unit {twice.Key} appears {twice.Count()} times: rank each unit once"));
        InvalidInputException.ThrowIfAny(problems);

        var entries = CompetitionRanking.Rank(list, c => c.RatingRank, c => c.Total, c => c.UnitCode)
            .Select(r => new RankingReportEntry(r.Rank, r.Item))
            .ToList();
        return new RankingReport(entries);
    }

    private static void ThrowIfEmpty(int count)
    {
        if (count == 0) throw new InvalidInputException([new Problem(string.Empty, "there is no scorecard to rank: a ranking report needs at least one unit")]);
    }
}
