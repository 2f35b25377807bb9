using FriendlyGov.Domain.Feedback;

namespace FriendlyGov.Application.Feedback.GetFeedbackSummary;

/// <summary>The summary of the citizen feedback about one unit for one period.</summary>
/// <remarks>
/// Who may send it: the unit's officer, or an appraiser or administrator of its province (rule
/// <c>reader-in-scope</c>).
/// What it returns: the count of ratings whose transaction date falls in the period, per aspect
/// the exact sum, the average (rounded to 2 decimals half away from zero) and the share of 4s and
/// 5s (rounded to 4 decimals half away from zero), and the count per channel
/// (<see cref="FeedbackSummary.Summarize"/>). No comment is returned.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="UnitCode">The unit: the one with this code that existed on the period's last day (a unit formed during the period is summed up over the days it existed).</param>
/// <param name="Period">The period, written <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.</param>
public sealed record GetFeedbackSummary(string UnitCode, string Period) : IQuery<FeedbackSummary>;
