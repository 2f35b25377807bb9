using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>
/// A unit's finalized assessments across rounds, read as the five columns kept beside each final
/// scorecard (round, framework, period, total, rating), without their change from the previous
/// point; the filter runs in the database and no scorecard is opened.
/// </summary>
internal sealed class FinalStandingsOfUnitSpec : Specification<Assessment, HistoryPoint>
{
    /// <summary>Selects the finalized standings of <paramref name="unitCode"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    public FinalStandingsOfUnitSpec(string unitCode)
    {
        Query.Where(a => a.UnitCode == unitCode && a.FinalizedAt != null);
        Query.Select(a => new HistoryPoint(a.RoundId, a.FinalFramework!, a.FinalPeriod!, a.FinalTotal!.Value, a.FinalRating!, null));
    }
}
