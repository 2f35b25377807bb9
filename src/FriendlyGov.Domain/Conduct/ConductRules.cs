namespace FriendlyGov.Domain.Conduct;

/// <summary>What the <c>conduct</c> method and the <c>conduct</c> cap share: which breaches count, and checking their rule patterns.</summary>
internal static class ConductRules
{
    public static IEnumerable<ConductBreach> Counting(IEnumerable<ConductBreach> breaches, IReadOnlyList<string> rules, OfficialRole? role) =>
        Guard.Against.Null(breaches).Where(b => b.IsConfirmed && (role is null || b.Role == role) && RulePattern.MatchesAny(rules, b.RuleId));

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
