namespace FriendlyGov.Domain.Conduct;

/// <summary>What the <c>conduct</c> method and the <c>conduct</c> cap share: which breaches count, and checking their rule patterns.</summary>
internal static class ConductRules
{
    /// <summary>
    /// The confirmed breaches of a matching rule (and role, where one is set), in the order given.
    /// A loop, and no list until one counts: every unit scored asks, and most have none.
    /// </summary>
    public static IReadOnlyList<ConductBreach> Counting(IEnumerable<ConductBreach> breaches, IReadOnlyList<string> rules, OfficialRole? role)
    {
        List<ConductBreach>? counting = null;
        foreach (var breach in Guard.Against.Null(breaches))
        {
            if (breach.IsConfirmed && (role is null || breach.Role == role) && RulePattern.MatchesAny(rules, breach.RuleId))
                (counting ??= []).Add(breach);
        }

        return counting is null ? [] : counting;
    }

    public static IEnumerable<Problem> CheckPatterns(IReadOnlyList<string> rules, ConductCode? code, string path, string what)
    {
        if (code is null)
        {
            yield return new Problem(path, $"'{what}' names conduct rules, but the framework names no code of conduct: add \"conductCode\"");
            yield break;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (!code.HasRuleMatching(rules[i]))
                yield return new Problem($"{path}[{i}]", rules[i].EndsWith('*') ? $"'{rules[i]}' matches no rule of the code of conduct {code.Id}" : code.NotARule(rules[i]));
        }
    }
}
