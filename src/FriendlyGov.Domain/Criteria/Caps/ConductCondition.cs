using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Domain.Criteria.Caps;

/// <summary>
/// <c>conduct</c>: holds when the unit has at least <see cref="MinConfirmed"/> confirmed breaches
/// of the listed rules; with <see cref="Role"/>, only breaches by officials in that role count.
/// </summary>
public sealed class ConductCondition : CapCondition
{
    /// <summary>The condition's name as written in files.</summary>
    public const string KindCode = "conduct";

    /// <summary>Creates the condition.</summary>
    /// <param name="rules">Rule ids, or prefixes ending in <c>*</c>; at least one.</param>
    /// <param name="minConfirmed">How many confirmed breaches make it hold; at least 1.</param>
    /// <param name="role">Count only breaches by officials in this role; all roles when <see langword="null"/>.</param>
    /// <exception cref="InvalidInputException">No rule is given or <paramref name="minConfirmed"/> is below 1.</exception>
    public ConductCondition(IEnumerable<string> rules, int minConfirmed = 1, OfficialRole? role = null)
    {
        Rules = [.. Guard.Against.Null(rules)];
        var problems = new List<Problem>();
        if (Rules.Count == 0) problems.Add(new Problem($"{KindCode}.rules", "at least one rule id or prefix is required"));
        if (minConfirmed < 1) problems.Add(new Problem($"{KindCode}.minConfirmed", $"{minConfirmed} is not a whole number ≥ 1"));
        InvalidInputException.ThrowIfAny(problems);
        MinConfirmed = minConfirmed;
        Role = role;
    }

    /// <summary>The rule ids and prefixes that count.</summary>
    public IReadOnlyList<string> Rules { get; }

    /// <summary>How many confirmed breaches make the condition hold.</summary>
    public int MinConfirmed { get; }

    /// <summary>The role whose breaches count, or <see langword="null"/> for every role.</summary>
    public OfficialRole? Role { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"có ít nhất {MinConfirmed} vi phạm đã xác minh của {string.Join(", ", Rules)}{(Role is { } r ? $" do {r.ToCode()}" : string.Empty)}",
        $"at least {MinConfirmed} confirmed breach(es) of {string.Join(", ", Rules)}{(Role is { } role ? $" by the {role.ToCode()}" : string.Empty)}");

    /// <inheritdoc />
    public override IEnumerable<Problem> CheckFits(FrameworkOutline framework) =>
        ConductRules.CheckPatterns(Rules, Guard.Against.Null(framework).ConductCode, $"{KindCode}.rules", "conduct cap");

    /// <inheritdoc />
    public override LocalizedText? Holds(CapContext context)
    {
        var counted = ConductRules.Counting(Guard.Against.Null(context).Evidence.Conduct, Rules, Role);
        if (counted.Count < MinConfirmed) return null;
        return new(
            $"{counted.Count} vi phạm đã xác minh: {string.Join("; ", counted.Select(b => $"{b.RuleId} của {b.OfficialCode} ({b.Role.ToCode()}) ngày {b.On:uuuu-MM-dd}"))}",
            $"{counted.Count} confirmed breach(es): {string.Join("; ", counted.Select(b => $"{b.RuleId} by {b.OfficialCode} ({b.Role.ToCode()}) on {b.On:uuuu-MM-dd}"))}");
    }
}
