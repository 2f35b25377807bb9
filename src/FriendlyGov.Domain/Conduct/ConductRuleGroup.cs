namespace FriendlyGov.Domain.Conduct;

/// <summary>A group of conduct rules, such as "4 xin" (four pleases) or "5 không" (five no's).</summary>
/// <param name="Id">The group's id, such as <c>4X</c>.</param>
/// <param name="Title">The group's name, in Vietnamese and English.</param>
/// <param name="Rules">The rules, in their official order.</param>
public sealed record ConductRuleGroup(string Id, LocalizedText Title, IReadOnlyList<ConductRule> Rules);
