using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans;

/// <summary>Finds the coordination plan, item and milestone that plan requests name, for handlers and authorizers.</summary>
/// <param name="plans">The plans.</param>
internal sealed class PlanLookup(IReadRepository<CoordinationPlan> plans)
{
    /// <summary>A coordination plan.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="NotFoundException">There is no such plan.</exception>
    public async Task<CoordinationPlan> PlanAsync(Guid planId, CancellationToken cancellationToken) =>
        await plans.GetByIdAsync(planId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no coordination plan {planId}.");

    /// <summary>An item of a plan already read: a check on the aggregate, so it needs no store.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="itemId">The item's code.</param>
    /// <returns>The item.</returns>
    /// <exception cref="NotFoundException">The plan has no such item.</exception>
    public static PlanItem Item(CoordinationPlan plan, string itemId) =>
        Guard.Against.Null(plan).FindItem(itemId) ?? throw new NotFoundException($"Coordination plan {plan.Id} has no item {itemId}.");

    /// <summary>A milestone of an item of a plan already read.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="itemId">The item's code.</param>
    /// <param name="milestoneId">The milestone's code.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="NotFoundException">The plan has no such item, or the item no such milestone.</exception>
    public static PlanMilestone Milestone(CoordinationPlan plan, string itemId, string milestoneId) =>
        Item(plan, itemId).Milestones.FirstOrDefault(m => m.Id == milestoneId)
        ?? throw new NotFoundException($"Item {itemId} of coordination plan {plan.Id} has no milestone {milestoneId}.");
}
