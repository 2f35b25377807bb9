using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>Adds up a unit's "Morning with the People" sessions over a period.</summary>
public static class SessionSummaries
{
    /// <summary>Summarizes one unit's sessions.</summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Sessions held: those dated within the period, counted per calendar month; every month of the period is listed, with 0 where none was held.</item>
    /// <item>Chaired by the head: sessions held in the period whose chair was the unit's head that day, out of the sessions held.</item>
    /// <item>Resolved by the deadline: the issues due in the period are those whose deadline falls within it, whenever their session was held, except issues still open whose deadline is today or later (they can still be resolved in time). Of these, those resolved on or before their deadline count.</item>
    /// <item>Overdue now: every issue of the unit still open whose deadline is before <paramref name="today"/>, whatever the period.</item>
    /// </list>
    /// </remarks>
    /// <param name="unitCode">The unit.</param>
    /// <param name="sessions">The unit's sessions; all of them, for the overdue issues.</param>
    /// <param name="period">The period.</param>
    /// <param name="today">Today's date in Vietnam.</param>
    /// <returns>The summary.</returns>
    public static SessionSummary Summarize(string unitCode, IEnumerable<MorningSession> sessions, AssessmentPeriod period, LocalDate today)
    {
        Guard.Against.NullOrWhiteSpace(unitCode);
        Guard.Against.Null(period);
        var all = Guard.Against.Null(sessions).Where(s => s.UnitCode == unitCode).ToList();
        var held = all.Where(s => period.Contains(s.HeldOn)).ToList();

        var perMonth = new List<MonthCount>();
        for (var month = period.Start.ToYearMonth(); month <= period.End.ToYearMonth(); month = month.PlusMonths(1))
            perMonth.Add(new MonthCount(month, held.Count(s => s.HeldOn.ToYearMonth() == month)));

        var due = all.SelectMany(s => s.Issues)
            .Where(i => period.Contains(i.Deadline) && (i.ResolvedOn is not null || i.Deadline < today))
            .ToList();
        var overdue = all
            .SelectMany(s => s.Issues.Where(i => i.IsOverdueOn(today)).Select(i => new OverdueIssue(s.Id, s.HeldOn, i.Number, i.Summary, i.Deadline, Period.DaysBetween(i.Deadline, today))))
            .OrderBy(o => o.Deadline).ThenBy(o => o.HeldOn).ThenBy(o => o.Number)
            .ToList();

        return new SessionSummary(
            unitCode,
            period.ToString(),
            perMonth,
            new Share(held.Count(s => s.ChairedByHead), held.Count),
            new Share(due.Count(i => i.ResolvedByDeadline), due.Count),
            overdue);
    }
}
