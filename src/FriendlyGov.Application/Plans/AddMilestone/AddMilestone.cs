using FriendlyGov.Domain;
using NodaTime;

namespace FriendlyGov.Application.Plans.AddMilestone;

/// <summary>Adds a milestone (mốc thời gian) to an item of a coordination plan.</summary>
/// <remarks>
/// Who may send it: a province administrator of the plan's province (rule
/// <c>province-administrator</c>).
/// What it changes: the milestone is appended to the item, not completed. An unknown item is a
/// <see cref="NotFoundException"/>; a code already in the item, or a due day outside the plan's
/// period, a <see cref="Validation.ValidationException"/>. What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="PlanId">The plan.</param>
/// <param name="ItemId">The item.</param>
/// <param name="MilestoneId">The milestone's code, new in the item, such as <c>M3</c>.</param>
/// <param name="Title">What must be done.</param>
/// <param name="Due">The last day to do it, in Vietnam; within the plan's period.</param>
public sealed record AddMilestone(Guid RequestId, Guid PlanId, string ItemId, string MilestoneId, LocalizedText Title, LocalDate Due) : ICommand<Guid>, IPlanRequest;
