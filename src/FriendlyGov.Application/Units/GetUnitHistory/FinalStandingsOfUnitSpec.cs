using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>
/// A unit's finalized assessments across rounds, read as the five columns kept beside each final
/// scorecard (round, framework, period, total, rating), without their change from the previous
/// point; the filter runs in the database and no scorecard is opened.
/// </summary>
internal sealed class FinalStandingsOfUnitSpec : Specification<Assessment, HistoryPoint>
{
    /// <summary>Selects the finalized standings of the unit <paramref name="unitCode"/> that began on <paramref name="unitExistedFrom"/>.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="unitExistedFrom">The unit's first day, which with the code names one unit (a reform may reuse a code).</param>
    public FinalStandingsOfUnitSpec(string unitCode, LocalDate unitExistedFrom)
    {
        Query.Where(a => a.UnitCode == unitCode && a.UnitExistedFrom == unitExistedFrom && a.FinalizedAt != null);
        Query.Select(a => new HistoryPoint(a.RoundId, a.FinalFramework!, a.FinalPeriod!, a.FinalTotal!.Value, a.FinalRating!, null));
    }
}
