using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.CreatePlan;

/// <summary>Draws up a coordination plan (kế hoạch phối hợp) between bodies of a province, empty or from a built-in template.</summary>
/// <remarks>
/// Who may send it: a province administrator of <see cref="Province"/> (rule
/// <c>province-administrator</c>).
/// What it changes: a new plan is stored. With <see cref="Template"/> (such as
/// <see cref="BuiltInPlanTemplates.DongNai2024Id"/>) the plan takes the template's title,
/// period, parties, items and milestones, and <see cref="Title"/>, <see cref="Period"/> and
/// <see cref="Parties"/> must be left out; without one they are required and the plan has no item
/// yet. What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Province">The province whose bodies sign the plan.</param>
/// <param name="Template">The name of a built-in template, or <see langword="null"/>.</param>
/// <param name="Title">The plan's title, without a template.</param>
/// <param name="Period">The period the plan covers, written <c>2024</c>, <c>2024-H2</c>, <c>2024-Q3</c> or <c>2024-07</c>, without a template.</param>
/// <param name="Parties">The bodies that sign it, at least two, without a template.</param>
public sealed record CreatePlan(
    Guid RequestId, string Province, string? Template = null, LocalizedText? Title = null, string? Period = null, IReadOnlyList<PlanBody>? Parties = null) : ICommand<Guid>;
