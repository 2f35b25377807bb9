using System.Globalization;
using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>conduct</c>: starts at the maximum and loses <see cref="PerBreach"/> times the severity
/// weight of each confirmed breach of a matching rule, never below 0:
/// max(0, max − perBreach × Σ weight).
/// </summary>
/// <remarks>
/// It takes no recorded evidence: its points are derived from the unit's conduct observations.
/// Reported and dismissed observations do not count. With <see cref="Role"/>, only breaches by
/// officials in that role count (such as the head's conduct).
/// </remarks>
public sealed class ConductMethod : IndicatorMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "conduct";

    /// <summary>Creates a conduct method.</summary>
    /// <param name="rules">Rule ids, or prefixes ending in <c>*</c> such as <c>4X.*</c>; at least one.</param>
    /// <param name="perBreach">The points lost per unit of severity weight; greater than 0 and at most <see cref="FigureLimits.MaxPoints"/>.</param>
    /// <param name="role">Count only breaches by officials in this role; all roles when <see langword="null"/>.</param>
    /// <exception cref="InvalidInputException">No rule is given or <paramref name="perBreach"/> is outside those bounds.</exception>
    public ConductMethod(IEnumerable<string> rules, decimal perBreach, OfficialRole? role = null)
    {
        Rules = [.. Guard.Against.Null(rules)];
        var problems = new List<Problem>();
        if (Rules.Count == 0) problems.Add(new Problem("rules", "at least one rule id or prefix is required"));
        if (perBreach <= 0) problems.Add(new Problem("perBreach", $"{Figures.Text(perBreach)} is not > 0"));
        else FigureLimits.AddTo(problems, FigureLimits.CheckPoints("perBreach", perBreach));
        InvalidInputException.ThrowIfAny(problems);
        PerBreach = perBreach;
        Role = role;
    }

    /// <summary>The rule ids and prefixes that count.</summary>
    public IReadOnlyList<string> Rules { get; }

    /// <summary>The points lost per unit of severity weight.</summary>
    public decimal PerBreach { get; }

    /// <summary>The role whose breaches count, or <see langword="null"/> for every role.</summary>
    public OfficialRole? Role { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"trừ {Figures.TextVi(PerBreach)} × hệ số mỗi vi phạm đã xác minh của {string.Join(", ", Rules)}{(Role is { } r ? $" ({r.ToCode()})" : string.Empty)}",
        $"deduct {Figures.Text(PerBreach)} × weight per confirmed breach of {string.Join(", ", Rules)}{(Role is { } role ? $" by the {role.ToCode()}" : string.Empty)}");

    /// <inheritdoc />
    public override IEnumerable<Problem> CheckFits(FrameworkOutline framework) =>
        ConductRules.CheckPatterns(Rules, Guard.Against.Null(framework).ConductCode, "rules", Kind);

    /// <summary>The breaches that count: confirmed, of a matching rule, by the role if one is set.</summary>
    /// <param name="breaches">The unit's conduct breaches, whatever their status.</param>
    /// <returns>The breaches that count, in the order given.</returns>
    public IEnumerable<ConductBreach> Counting(IEnumerable<ConductBreach> breaches) =>
        ConductRules.Counting(breaches, Rules, Role);

    /// <summary>The raw points a unit's breaches leave, and the working.</summary>
    /// <param name="breaches">The unit's conduct breaches, whatever their status.</param>
    /// <param name="code">The framework's code of conduct, for the weights.</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <returns>The raw points and the working, listing each breach that counted.</returns>
    public MethodResult Score(IEnumerable<ConductBreach> breaches, ConductCode code, decimal maxPoints)
    {
        Guard.Against.Null(code);
        var breachesCounted = ConductRules.Counting(breaches, Rules, Role);
        if (breachesCounted.Count == 0)
            return new(maxPoints, maxPoints, this, null, static (w, r) => w.Words("không có vi phạm đã xác minh: ", "no confirmed breach: ").Figure(r.MaxPoints));
        var counted = new (ConductBreach Breach, decimal Weight)[breachesCounted.Count];
        var weight = 0m;
        for (var i = 0; i < counted.Length; i++)
        {
            counted[i] = (breachesCounted[i], code.WeightOf(breachesCounted[i].RuleId));
            weight += counted[i].Weight;
        }

        var raw = Math.Max(0m, maxPoints - (PerBreach * weight));
        return new(raw, maxPoints, this, counted, static (w, r) =>
        {
            var counted = ((ConductBreach Breach, decimal Weight)[])r.Given!;
            var weight = 0m;
            w.Figure(counted.Length).Words(" vi phạm đã xác minh [", counted.Length == 1 ? " confirmed breach [" : " confirmed breaches [");
            for (var i = 0; i < counted.Length; i++)
            {
                var (breach, breachWeight) = counted[i];
                weight += breachWeight;
                (i == 0 ? w : w.Same("; ")).Same(breach.RuleId).Words(" của ", " by ").Same(breach.OfficialCode).Same(" (").Same(breach.Role.ToCode())
                    .Words(") ngày ", ") on ").Same(breach.On.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Words(", hệ số ", ", weight ").Figure(breachWeight);
            }

            w.Words("]: max(0; ", "]: max(0, ").Figure(r.MaxPoints).Same(" − ").Figure(((ConductMethod)r.Method!).PerBreach).Same(" × ").Figure(weight).Same(") = ").Figure(r.RawPoints);
        });
    }
}
