using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Conduct.GetConductSummary;

/// <summary>A summary of the conduct observations in a province's units for one period, compared with the period before it.</summary>
/// <remarks>
/// Who may send it: an appraiser or administrator of <see cref="Province"/> (rule
/// <c>reader-in-scope</c>).
/// What it returns: one row per official, unit, rule group or one for everything (as
/// <see cref="Grouping"/> says), ordered by key, counting the observations dated in the period
/// and in the one before it (reported, confirmed, dismissed, pending, overdue), whatever unit
/// of the province the official served in on that date. Pending observations are aged against
/// today's date in Vietnam by the clock.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="Province">The province's short name.</param>
/// <param name="Period">The period, written <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>; it is compared with the period of the same kind before it.</param>
/// <param name="Grouping">What each row stands for.</param>
/// <param name="OverdueAfterDays">An observation still pending more than this many days after it was reported is overdue; 0 or more.</param>
public sealed record GetConductSummary(string Province, string Period, ConductGrouping Grouping, int OverdueAfterDays = 30) : IQuery<IReadOnlyList<ConductSummaryRow>>;
