using NodaTime;

namespace FriendlyGov.Application.Plans.GetOverdueMilestones;

/// <summary>The milestones of a coordination plan that are overdue: due before a day and not completed by it.</summary>
/// <remarks>
/// Who may send it: an appraiser or administrator of the plan's province (rule
/// <c>reader-in-scope</c>).
/// What it returns: one row per overdue milestone, by item in plan order, then by due day and
/// code. A milestone due on the day itself is not yet overdue; one completed late counts as
/// overdue only on the days before it was completed.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="PlanId">The plan.</param>
/// <param name="AsOf">The day to look from, in Vietnam; today's date in Vietnam by the clock when left out.</param>
public sealed record GetOverdueMilestones(Guid PlanId, LocalDate? AsOf = null) : IQuery<IReadOnlyList<OverdueMilestone>>, IPlanRequest;
