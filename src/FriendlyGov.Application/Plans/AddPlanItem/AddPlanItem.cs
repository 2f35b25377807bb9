using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.AddPlanItem;

/// <summary>Adds an item (nội dung phối hợp) to a coordination plan, with its lead and coordinating bodies.</summary>
/// <remarks>
/// Who may send it: a province administrator of the plan's province (rule
/// <c>province-administrator</c>).
/// What it changes: the item is appended to the plan with no milestone. A code already in the
/// plan, a lead that is not a party, or a coordinating body that is the lead or repeated is
/// refused with a <see cref="Validation.ValidationException"/>. What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="PlanId">The plan.</param>
/// <param name="ItemId">The item's code, new in the plan, such as <c>7</c>.</param>
/// <param name="Title">What is to be done.</param>
/// <param name="Lead">The code of the leading body (chủ trì); one of the plan's parties.</param>
/// <param name="Coordinating">The bodies that coordinate (phối hợp); none when left out.</param>
public sealed record AddPlanItem(Guid RequestId, Guid PlanId, string ItemId, LocalizedText Title, string Lead, IReadOnlyList<PlanBody>? Coordinating = null) : ICommand<Guid>, IPlanRequest;
