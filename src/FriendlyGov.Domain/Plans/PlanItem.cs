using NodaTime;

namespace FriendlyGov.Domain.Plans;

/// <summary>
/// An item of a coordination plan (nội dung phối hợp): what the bodies agreed to do, the body that
/// leads it (chủ trì), the bodies it coordinates with (phối hợp), its milestones and its progress
/// updates.
/// </summary>
/// <remarks>
/// An item is a value: the plan replaces it with a changed copy, so a stored item is never edited
/// in place. Its milestones and updates are in the order they were added.
/// </remarks>
/// <param name="Id">The item's code, unique within the plan, such as <c>1</c> or <c>CQTT</c>.</param>
/// <param name="Title">What is to be done.</param>
/// <param name="Lead">The code of the leading body; one of the plan's parties.</param>
/// <param name="Coordinating">The bodies that coordinate; none is the lead, none is repeated.</param>
/// <param name="Milestones">The milestones, in the order added.</param>
/// <param name="Updates">The progress updates, in the order recorded.</param>
public sealed record PlanItem(
    string Id,
    LocalizedText Title,
    string Lead,
    IReadOnlyList<PlanBody> Coordinating,
    IReadOnlyList<PlanMilestone> Milestones,
    IReadOnlyList<ProgressUpdate> Updates)
{
    /// <summary>
    /// The percent complete last reported on or before a day: from the latest update on or before
    /// it that gave one, by the day it reports on, then by the order recorded.
    /// </summary>
    /// <param name="date">The day, in Vietnam.</param>
    /// <returns>The percent, or <see langword="null"/> when no such update gave one.</returns>
    public int? PercentCompleteOn(LocalDate date) =>
        Updates.Select((u, order) => (Update: u, Order: order))
            .Where(u => u.Update.PercentComplete is not null && u.Update.On <= date)
            .OrderBy(u => u.Update.On).ThenBy(u => u.Order)
            .Select(u => u.Update.PercentComplete)
            .LastOrDefault();
}
