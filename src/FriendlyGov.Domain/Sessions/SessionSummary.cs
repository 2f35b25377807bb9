namespace FriendlyGov.Domain.Sessions;

/// <summary>What a unit's "Morning with the People" sessions add up to over a period; see <see cref="SessionSummaries.Summarize"/> for the rules.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Period">The period, as written in files (<c>2024</c>, <c>2024-Q2</c>, …).</param>
/// <param name="PerMonth">Sessions held in each month of the period, every month listed, oldest first.</param>
/// <param name="ChairedByHead">Sessions chaired by the head, out of the sessions held in the period.</param>
/// <param name="ResolvedByDeadline">Issues resolved on or before their deadline, out of the issues due in the period.</param>
/// <param name="Overdue">Issues open after their deadline today, whatever the period, oldest deadline first.</param>
public sealed record SessionSummary(
    string UnitCode,
    string Period,
    IReadOnlyList<MonthCount> PerMonth,
    Share ChairedByHead,
    Share ResolvedByDeadline,
    IReadOnlyList<OverdueIssue> Overdue)
{
    /// <summary>Sessions held in the period.</summary>
    public int Held => PerMonth.Sum(m => m.Sessions);
}
