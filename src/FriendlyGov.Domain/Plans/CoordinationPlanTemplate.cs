using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Domain.Plans;

/// <summary>A plan to start from: its title, period, parties, items and milestones, none completed.</summary>
/// <param name="Id">The template's name, such as <c>dongnai-dan-van-chinh-quyen-2024</c>.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Period">The period it covers.</param>
/// <param name="Parties">The bodies that sign it.</param>
/// <param name="Items">The items, each with its milestones and no progress update.</param>
public sealed record CoordinationPlanTemplate(
    string Id, LocalizedText Title, AssessmentPeriod Period, IReadOnlyList<PlanBody> Parties, IReadOnlyList<PlanItem> Items);
