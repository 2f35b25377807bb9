using System.Text.RegularExpressions;

namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// A versioned code of conduct (bộ quy tắc ứng xử): rule groups, rules with a severity each, and
/// the weight of each severity.
/// </summary>
/// <remarks>
/// The built-in <c>vn-friendly-government-2024</c> holds the Friendly Government model's rules
/// ("Office smile", "4 xin", "4 luôn", "5 không"); a province's own code, such as "5 biết,
/// 3 không, 4 thể hiện", is a file of the same format. A code that exists is valid: rule and
/// group ids are unique, every group has a rule, and weights are positive.
/// </remarks>
public sealed partial class ConductCode
{
    private readonly Dictionary<string, (ConductRule Rule, ConductRuleGroup Group)> _rules;

    /// <summary>Creates and validates a code of conduct.</summary>
    /// <param name="id">Lowercase letters, digits and <c>-</c>, such as <c>vn-friendly-government-2024</c>.</param>
    /// <param name="version">The code's version, such as <c>1</c>.</param>
    /// <param name="title">Its title.</param>
    /// <param name="groups">The rule groups; at least one.</param>
    /// <param name="weights">The weight of each severity, each above 0 and at most <see cref="FigureLimits.MaxPoints"/>; the defaults (1, 3, 10) where not given.</param>
    /// <param name="description">A description, if any.</param>
    /// <exception cref="InvalidInputException">The code breaks a rule (paths relative to its root).</exception>
    public ConductCode(
        string id,
        string version,
        LocalizedText title,
        IEnumerable<ConductRuleGroup> groups,
        IReadOnlyDictionary<Severity, decimal>? weights = null,
        LocalizedText? description = null)
    {
        Id = Guard.Against.Null(id);
        Version = Guard.Against.Null(version);
        Title = Guard.Against.Null(title);
        Groups = [.. Guard.Against.Null(groups)];
        Description = description;
        Weights = Severities.DefaultWeights
            .ToDictionary(w => w.Key, w => weights is not null && weights.TryGetValue(w.Key, out var given) ? given : w.Value);

        var problems = new List<Problem>();
        if (!IdPattern().IsMatch(id)) problems.Add(new Problem("id", $"'{id}' is not a code id: use lowercase letters, digits and '-'"));
        if (string.IsNullOrWhiteSpace(version)) problems.Add(new Problem("version", "must not be empty"));
        foreach (var (severity, weight) in Weights)
        {
            var path = $"severities.{severity.ToCode()}";
            if (weight <= 0) problems.Add(new Problem(path, $"{Figures.Text(weight)} is not > 0"));
            else FigureLimits.AddTo(problems, FigureLimits.CheckPoints(path, weight));
        }
        if (Groups.Count == 0) problems.Add(new Problem("groups", "at least one rule group is required"));

        _rules = new Dictionary<string, (ConductRule, ConductRuleGroup)>(StringComparer.Ordinal);
        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Count; g++)
        {
            if (!groupIds.Add(Groups[g].Id)) problems.Add(new Problem($"groups[{g}].id", $"'{Groups[g].Id}' is a duplicate group id"));
            if (Groups[g].Rules.Count == 0) problems.Add(new Problem($"groups[{g}].rules", "a rule group needs at least one rule"));
            for (var r = 0; r < Groups[g].Rules.Count; r++)
            {
                var rule = Groups[g].Rules[r];
                if (!_rules.TryAdd(rule.Id, (rule, Groups[g])))
                    problems.Add(new Problem($"groups[{g}].rules[{r}].id", $"'{rule.Id}' is a duplicate rule id"));
            }
        }

        InvalidInputException.ThrowIfAny(problems);
    }

    /// <summary>The code's id, such as <c>vn-friendly-government-2024</c>.</summary>
    public string Id { get; }

    /// <summary>The code's version.</summary>
    public string Version { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>A description, if any.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The rule groups, in order.</summary>
    public IReadOnlyList<ConductRuleGroup> Groups { get; }

    /// <summary>The weight of each severity: how many times its <c>perBreach</c> a breach costs.</summary>
    public IReadOnlyDictionary<Severity, decimal> Weights { get; }

    /// <summary>Every rule, in order.</summary>
    public IEnumerable<ConductRule> Rules => Groups.SelectMany(g => g.Rules);

    /// <summary>Finds a rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns>Whether the code has it.</returns>
    public bool TryGetRule(string id, out ConductRule rule)
    {
        var found = _rules.TryGetValue(Guard.Against.Null(id), out var entry);
        rule = entry.Rule;
        return found;
    }

    /// <summary>The group a rule belongs to.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>Its group.</returns>
    /// <exception cref="KeyNotFoundException">The code has no such rule.</exception>
    public ConductRuleGroup GroupOf(string ruleId) =>
        _rules.TryGetValue(ruleId, out var entry) ? entry.Group : throw new KeyNotFoundException(NotARule(ruleId));

    /// <summary>The weight of a breach of a rule: its severity's weight in this code.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="KeyNotFoundException">The code has no such rule.</exception>
    public decimal WeightOf(string ruleId) =>
        _rules.TryGetValue(ruleId, out var entry) ? Weights[entry.Rule.Severity] : throw new KeyNotFoundException(NotARule(ruleId));

    /// <summary>Whether a rule pattern (an id, or a prefix ending in <c>*</c>) names at least one rule of this code.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>Whether any rule matches.</returns>
    public bool HasRuleMatching(string pattern) => _rules.Keys.Any(id => RulePattern.Matches(pattern, id));

    /// <summary>The message for a rule id this code does not have.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>A message naming the id and the code.</returns>
    public string NotARule(string ruleId) => $"'{ruleId}' is not a rule of the code of conduct {Id}";

    /// <inheritdoc />
    public override string ToString() => $"{Id}@{Version}";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex IdPattern();
}
