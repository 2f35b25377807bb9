using NodaTime;

namespace FriendlyGov.Application.Plans.CompleteMilestone;

/// <summary>Records that a milestone of a coordination plan was done on a day.</summary>
/// <remarks>
/// Who may send it: a province administrator of the plan's province (rule
/// <c>province-administrator</c>).
/// What it changes: the milestone is completed on <see cref="On"/>, by the sender; it is no
/// longer overdue from that day. An unknown item or milestone is a <see cref="NotFoundException"/>;
/// a milestone already completed is refused with a
/// <see cref="WorkflowException"/> (a milestone is completed once); a day
/// outside the plan's period or after today in Vietnam with a
/// <see cref="Validation.ValidationException"/> on <c>On</c>. What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="PlanId">The plan.</param>
/// <param name="ItemId">The item.</param>
/// <param name="MilestoneId">The milestone.</param>
/// <param name="On">The day it was done, in Vietnam.</param>
public sealed record CompleteMilestone(Guid RequestId, Guid PlanId, string ItemId, string MilestoneId, LocalDate On) : ICommand<Guid>, IPlanRequest;
