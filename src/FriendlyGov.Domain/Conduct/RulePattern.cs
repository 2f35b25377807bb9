namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// A rule id, or a prefix ending in <c>*</c> such as <c>4X.*</c> or <c>5K*</c>, naming the
/// conduct rules that a <c>conduct</c> method or cap counts.
/// </summary>
public static class RulePattern
{
    /// <summary>Whether <paramref name="ruleId"/> matches <paramref name="pattern"/>.</summary>
    /// <param name="pattern">A rule id, or a prefix ending in <c>*</c>.</param>
    /// <param name="ruleId">A rule id.</param>
    /// <returns><see langword="true"/> for the same id, or an id that starts with the prefix.</returns>
    public static bool Matches(string pattern, string ruleId)
    {
        Guard.Against.Null(pattern);
        Guard.Against.Null(ruleId);
        return pattern.EndsWith('*')
            ? ruleId.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, ruleId, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="ruleId"/> matches any of <paramref name="patterns"/>.</summary>
    /// <param name="patterns">Rule ids and prefixes.</param>
    /// <param name="ruleId">A rule id.</param>
    /// <returns>Whether any pattern matches.</returns>
    public static bool MatchesAny(IEnumerable<string> patterns, string ruleId) =>
        Guard.Against.Null(patterns).Any(p => Matches(p, ruleId));
}
