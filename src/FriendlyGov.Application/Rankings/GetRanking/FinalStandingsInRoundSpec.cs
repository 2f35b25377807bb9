using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>
/// The standings of a round's assessments that were ever finalized, of one kind of unit or all,
/// read as six columns: the filters run in the database and no scorecard is opened.
/// </summary>
/// <remarks>
/// Ordered by rating, then unit code, in the database. The total's order, and so the ranks, are
/// left to <see cref="Domain.Scoring.CompetitionRanking"/>: SQLite keeps decimals as text, which
/// EF Core refuses to order by, and one exact ordering serves live scorecards and snapshots alike.
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
        Query.OrderBy(a => a.FinalRatingRank).ThenBy(a => a.UnitCode);
        Query.Select(a => new FinalStanding(a.UnitCode, a.FinalUnitName!, a.FinalUnitKind, a.FinalTotal!.Value, a.FinalRating!, a.FinalRatingRank!.Value));
    }
}
