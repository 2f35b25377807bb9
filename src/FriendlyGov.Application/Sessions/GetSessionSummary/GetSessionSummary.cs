using FriendlyGov.Domain.Sessions;

namespace FriendlyGov.Application.Sessions.GetSessionSummary;

/// <summary>What a unit's "Morning with the People" sessions add up to over a period.</summary>
/// <remarks>
/// Who may send it: the unit's officer, or an appraiser or administrator of its province (rule
/// <c>reader-in-scope</c>).
/// What it returns: sessions held per month (every month of the period, zeros included), the
/// share chaired by the head, the share of issues resolved by their deadline and the issues
/// overdue today in Vietnam, by the rules of <see cref="SessionSummaries.Summarize"/>.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="UnitCode">The unit: the one with this code that existed on the period's last day (a unit formed during the period is summed up over the days it existed).</param>
/// <param name="Period">The period, written <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.</param>
public sealed record GetSessionSummary(string UnitCode, string Period) : IQuery<SessionSummary>;
