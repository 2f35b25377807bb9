using NodaTime;

namespace FriendlyGov.Application.Plans.GetPlanProgress;

/// <summary>Where each body's share of a coordination plan stands.</summary>
/// <remarks>
/// Who may send it: an appraiser or administrator of the plan's province (rule
/// <c>reader-in-scope</c>).
/// What it returns: one row per party in the order signed, then per other coordinating body: the
/// items it leads and coordinates, the milestones of the items it leads (all, due, completed,
/// overdue) and, per item it leads, the percent complete last reported.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="PlanId">The plan.</param>
/// <param name="AsOf">The day to look from, in Vietnam; today's date in Vietnam by the clock when left out.</param>
public sealed record GetPlanProgress(Guid PlanId, LocalDate? AsOf = null) : IQuery<PlanProgress>, IPlanRequest;
