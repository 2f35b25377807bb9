using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// Summaries of conduct observations per official, unit, rule group or overall, for one period
/// and the one before it. Pure functions: they read no clock; the caller says which day it is.
/// </summary>
public static class ConductSummaries
{
    /// <summary>Summarizes observations.</summary>
    /// <param name="observations">The observations; those dated outside both periods are ignored.</param>
    /// <param name="code">The code of conduct, to find each rule's group.</param>
    /// <param name="period">The period to summarize; it is compared with the period before it.</param>
    /// <param name="grouping">What each row stands for.</param>
    /// <param name="asOf">Today, in Vietnam, to age pending observations.</param>
    /// <param name="overdueAfterDays">An observation pending for more than this many days since it was reported is overdue.</param>
    /// <returns>One row per key seen in either period, ordered by key.</returns>
    public static IReadOnlyList<ConductSummaryRow> Summarize(
        IEnumerable<ConductObservation> observations,
        ConductCode code,
        AssessmentPeriod period,
        ConductGrouping grouping,
        LocalDate asOf,
        int overdueAfterDays)
    {
        Guard.Against.Null(observations);
        Guard.Against.Null(code);
        Guard.Against.Null(period);
        Guard.Against.Negative(overdueAfterDays);
        var previous = period.Previous();
        string KeyOf(ConductObservation o) => grouping switch
        {
            ConductGrouping.Official => o.OfficialCode,
            ConductGrouping.Unit => o.UnitCode,
            ConductGrouping.RuleGroup => code.GroupOf(o.RuleId).Id,
            _ => "*",
        };

        var relevant = observations.Where(o => period.Contains(o.On) || previous.Contains(o.On)).ToList();
        return relevant
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ConductSummaryRow(
                g.Key,
                Tally(g.Where(o => period.Contains(o.On)), asOf, overdueAfterDays),
                Tally(g.Where(o => previous.Contains(o.On)), asOf, overdueAfterDays)))
            .ToList();
    }

    private static ConductTally Tally(IEnumerable<ConductObservation> observations, LocalDate asOf, int overdueAfterDays)
    {
        var list = observations.ToList();
        var pending = list.Where(o => o.Status == ObservationStatus.Reported).ToList();
        return new ConductTally(
            list.Count,
            list.Count(o => o.Status == ObservationStatus.Confirmed),
            list.Count(o => o.Status == ObservationStatus.Dismissed),
            pending.Count,
            pending.Count(o => Period.DaysBetween(VietnamTime.DateAt(o.ReportedAt), asOf) > overdueAfterDays));
    }
}
