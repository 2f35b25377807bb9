using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>
/// The standings of a round's assessments that were ever finalized, of one kind of unit or all,
/// read as six columns: the filters run in the database and no scorecard is opened.
/// </summary>
/// <remarks>
/// Unordered: <see cref="Domain.Scoring.CompetitionRanking"/> orders the rows by rating, total and
/// unit code in memory, the one exact ordering live scorecards and snapshots share (SQLite keeps
/// decimals as text, which EF Core refuses to order by). An order in SQL as well would only add a
/// sort to the database's work (on PostgreSQL, one by the unit code's collation that took as long
/// as reading the rows). The index <c>IX_assessments_final_standing</c> covers the read, the kind
/// filter included.
/// </remarks>
internal sealed class FinalStandingsInRoundSpec : Specification<Assessment, FinalStanding>
{
    /// <summary>Selects the finalized standings of <paramref name="roundId"/>.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="kind">Only units finalized as this kind; all when <see langword="null"/>.</param>
    public FinalStandingsInRoundSpec(Guid roundId, UnitKind? kind)
    {
        Query.Where(a => a.RoundId == roundId && a.FinalizedAt != null);
        if (kind is { } only) Query.Where(a => a.FinalUnitKind == only);
        Query.Select(a => new FinalStanding(a.UnitCode, a.FinalUnitName!, a.FinalUnitKind, a.FinalTotal!.Value, a.FinalRating!, a.FinalRatingRank!.Value));
    }
}
