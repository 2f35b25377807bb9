using NodaTime;

namespace FriendlyGov.Domain.Plans;

/// <summary>A coordination plan changed.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Change">What changed.</param>
/// <param name="ItemId">The item changed, or <see langword="null"/> when the plan was created.</param>
/// <param name="MilestoneId">The milestone changed, when the change is about one.</param>
/// <param name="By">Who changed it.</param>
/// <param name="At">When.</param>
public sealed record PlanChanged(Guid PlanId, PlanChange Change, string? ItemId, string? MilestoneId, string By, Instant At) : IDomainEvent;
