namespace FriendlyGov.Domain.Plans;

/// <summary>
/// Where a body's share of a coordination plan stands on a day: the items it leads and their
/// milestones, and how many items it coordinates.
/// </summary>
/// <param name="Body">The body.</param>
/// <param name="ItemsLed">How many items it leads.</param>
/// <param name="ItemsCoordinated">How many items it coordinates without leading.</param>
/// <param name="Milestones">How many milestones the items it leads have.</param>
/// <param name="MilestonesDue">How many of them fell due on or before the day.</param>
/// <param name="MilestonesCompleted">How many of them were completed on or before the day, on time or late.</param>
/// <param name="MilestonesOverdue">How many of them were overdue on the day.</param>
/// <param name="Items">The items it leads, in plan order.</param>
public sealed record BodyProgress(
    PlanBody Body, int ItemsLed, int ItemsCoordinated, int Milestones, int MilestonesDue, int MilestonesCompleted, int MilestonesOverdue, IReadOnlyList<ItemProgress> Items);
