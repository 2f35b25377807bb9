using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using RulesEngine.Models;
using ReWorkflow = RulesEngine.Models.Workflow;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// dongnai-friendly-government@2024.1's indicators as a Microsoft RulesEngine 6.0.1 workflow, as an
/// integrator might write it: the evidence is flattened into <see cref="RuleFacts"/>, and each
/// indicator is one rule whose <c>OutputExpression</c> action computes its points (rounded by
/// <see cref="RuleMath.Round2"/>); caps C2 and C3 are two boolean rules. Group sums, total, rating
/// bands and cap C1 are then done in C#, as in <see cref="HandWrittenScoring"/>.
/// </summary>
public sealed class RulesEngineScoring
{
    private const string WorkflowName = "dongnai-friendly-government@2024.1";
    private const string Minor = "(Rule == \"SMILE\" || Rule.StartsWith(\"4X.\") || Rule.StartsWith(\"4L.\"))";

    private static readonly (string Id, string Points)[] Indicators =
    [
        ("G1.1.1", "iif(f.G111Office, 2M, 0M) + iif(f.G111Portal, 2M, 0M) + iif(f.G111Hotline, 1M, 0M)"),
        ("G1.1.2", "iif(f.G112, 5M, 0M)"),
        ("G1.2.1", Ratio("f.G121", "5M", "0.3M", "0.8M")),
        ("G1.2.2", "RuleMath.Round2(5M * f.G122 / 100M)"),
        ("G2.1.1", "iif(f.G211Waiting, 2M, 0M) + iif(f.G211Kiosk, 2M, 0M) + iif(f.G211Access, 1.5M, 0M) + iif(f.G211Digital, 2.5M, 0M)"),
        ("G2.1.2", "iif(f.G212, 2M, 0M)"),
        ("G2.2.1", "iif(f.G221, 3M, 0M)"),
        ("G2.2.2", "iif(f.G222, 2M, 0M)"),
        ("G3.1.1", Ratio("f.G311", "8M", "0.8M", "1M")),
        ("G3.1.2", "iif(f.G312, 2M, 0M)"),
        ("G3.2.1", "iif(f.G321 >= 24M, 5M, iif(f.G321 >= 12M, 4M, iif(f.G321 >= 6M, 2.5M, iif(f.G321 >= 1M, 1M, 0M))))"),
        ("G3.2.2", Ratio("f.G322", "5M", "0.5M", "0.95M")),
        ("G3.3.1", "RuleMath.Round2(Math.Max(0M, 5M - 2M * f.G331))"),
        ("G4.1.1", Ratio("f.G411", "5M", "0.5M", "0.9M")),
        ("G4.1.2", "iif(f.G412 >= 48M, 5M, iif(f.G412 >= 36M, 4M, iif(f.G412 >= 24M, 2.5M, iif(f.G412 >= 12M, 1M, 0M))))"),
        ("G4.2.1", "RuleMath.Round2(f.G421)"),
        ("G4.2.2", "RuleMath.Round2(Math.Max(0M, 3M - f.Breaches.Where(Confirmed && Head && (" + Minor[1..^1] + " || Rule.StartsWith(\"5K.\"))).Sum(Weight)))"),
        ("G5.1.1", "RuleMath.Round2(8M * (f.G511 - 1M) / 4M)"),
        ("G5.1.2", "RuleMath.Round2(5M * (f.G512 - 1M) / 4M)"),
        ("G5.2.1", Ratio("f.G521", "4M", "0.5M", "1M")),
        ("G5.3.1", "RuleMath.Round2(Math.Max(0M, 5M - f.Breaches.Where(Confirmed && " + Minor + ").Sum(Weight)))"),
        ("G5.3.2", "iif(f.G532, 3M, 0M)"),
        ("B1", "iif(f.B1 >= 3M, 5M, iif(f.B1 >= 2M, 3.5M, iif(f.B1 >= 1M, 2M, 0M)))"),
    ];

    private readonly global::RulesEngine.RulesEngine _engine;

    /// <summary>Builds the workflow and the engine.</summary>
    public RulesEngineScoring()
    {
        var rules = Indicators.Select(i => new Rule
        {
            RuleName = i.Id,
            Expression = "true",
            Actions = new RuleActions
            {
                OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = i.Points } },
            },
        }).ToList();
        rules.Add(new Rule { RuleName = "C2", Expression = "f.Breaches.Any(Confirmed && (Rule == \"5K.3\" || Rule == \"5K.5\"))" });
        rules.Add(new Rule { RuleName = "C3", Expression = "f.Breaches.Any(Confirmed && Head && Rule.StartsWith(\"5K.\"))" });
        var workflow = new ReWorkflow { WorkflowName = WorkflowName, Rules = rules };
        _engine = new global::RulesEngine.RulesEngine([workflow], new ReSettings { CustomTypes = [typeof(RuleMath)] });
    }

    /// <summary>Scores one unit.</summary>
    /// <param name="evidence">The unit's evidence.</param>
    /// <returns>Its total and rating.</returns>
    public PlainResult Score(UnitEvidence evidence)
    {
        var pending = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("f", RuleFacts.From(evidence)));
        var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        Span<decimal> groups = stackalloc decimal[5];
        decimal bonus = 0m;
        bool c2 = false, c3 = false;
        foreach (var result in results)
        {
            var name = result.Rule.RuleName;
            if (name == "C2") c2 = result.IsSuccess;
            else if (name == "C3") c3 = result.IsSuccess;
            else
            {
                if (!result.IsSuccess || result.ActionResult?.Exception is not null || result.ActionResult?.Output is not decimal points)
                    throw new InvalidOperationException($"Rule {name} failed: {result.ExceptionMessage} {result.ActionResult?.Exception}");
                if (name[0] == 'B') bonus += points;
                else groups[name[1] - '1'] += points;
            }
        }

        return HandWrittenScoring.Finish(groups[0], groups[1], groups[2], groups[3], groups[4], bonus, c2, c3);
    }

    private static string Ratio(string v, string max, string floor, string target) =>
        $"iif({v} < {floor}, 0M, iif({v} >= {target}, {max}, RuleMath.Round2({max} * ({v} - {floor}) / ({target} - {floor}))))";
}

/// <summary>The rounding the rules call: to 2 decimals, away from zero.</summary>
public static class RuleMath
{
    /// <summary>Rounds to 2 decimals, away from zero.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>One conduct observation as the rules see it.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Confirmed">Whether it is confirmed.</param>
/// <param name="Head">Whether the official is the unit's head.</param>
/// <param name="Weight">The weight of the rule's severity.</param>
public sealed record BreachFact(string Rule, bool Confirmed, bool Head, decimal Weight);

/// <summary>A unit's evidence flattened for the rules (every evidence indicator is expected; ratios as values).</summary>
public sealed class RuleFacts
{
#pragma warning disable CS1591 // One property per evidence field; the names say which.
    public bool G111Office { get; init; }
    public bool G111Portal { get; init; }
    public bool G111Hotline { get; init; }
    public bool G112 { get; init; }
    public decimal G121 { get; init; }
    public decimal G122 { get; init; }
    public bool G211Waiting { get; init; }
    public bool G211Kiosk { get; init; }
    public bool G211Access { get; init; }
    public bool G211Digital { get; init; }
    public bool G212 { get; init; }
    public bool G221 { get; init; }
    public bool G222 { get; init; }
    public decimal G311 { get; init; }
    public bool G312 { get; init; }
    public decimal G321 { get; init; }
    public decimal G322 { get; init; }
    public decimal G331 { get; init; }
    public decimal G411 { get; init; }
    public decimal G412 { get; init; }
    public decimal G421 { get; init; }
    public decimal G511 { get; init; }
    public decimal G512 { get; init; }
    public decimal G521 { get; init; }
    public bool G532 { get; init; }
    public decimal B1 { get; init; }
    public IReadOnlyList<BreachFact> Breaches { get; init; } = [];
#pragma warning restore CS1591

    /// <summary>Flattens a unit's evidence (appraised figures before self-assessed ones).</summary>
    /// <param name="e">The evidence.</param>
    /// <returns>The facts.</returns>
    public static RuleFacts From(UnitEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        IndicatorEvidence X(string id) =>
            e.Appraised.TryGetValue(id, out var a) ? a : e.SelfAssessed.TryGetValue(id, out var s) ? s : throw new InvalidOperationException($"The rules expect evidence for {id}.");
        bool Met(string id) => X(id).Met == true;
        decimal Value(string id) => X(id).Value ?? throw new InvalidOperationException($"The rules expect a value for {id}.");
        bool Has(string id, string item) => X(id).Items!.Contains(item, StringComparer.Ordinal);
        return new RuleFacts
        {
            G111Office = Has("G1.1.1", "office"),
            G111Portal = Has("G1.1.1", "portal"),
            G111Hotline = Has("G1.1.1", "hotline"),
            G112 = Met("G1.1.2"),
            G121 = Value("G1.2.1"),
            G122 = Value("G1.2.2"),
            G211Waiting = Has("G2.1.1", "waiting"),
            G211Kiosk = Has("G2.1.1", "kiosk"),
            G211Access = Has("G2.1.1", "access"),
            G211Digital = Has("G2.1.1", "digital"),
            G212 = Met("G2.1.2"),
            G221 = Met("G2.2.1"),
            G222 = Met("G2.2.2"),
            G311 = Value("G3.1.1"),
            G312 = Met("G3.1.2"),
            G321 = Value("G3.2.1"),
            G322 = Value("G3.2.2"),
            G331 = X("G3.3.1").Count!.Value,
            G411 = Value("G4.1.1"),
            G412 = Value("G4.1.2"),
            G421 = X("G4.2.1").Points!.Value,
            G511 = X("G5.1.1").Average!.Value,
            G512 = X("G5.1.2").Average!.Value,
            G521 = Value("G5.2.1"),
            G532 = Met("G5.3.2"),
            B1 = Value("B1"),
            Breaches = [.. e.Conduct.Select(b => new BreachFact(
                b.RuleId,
                b.IsConfirmed,
                b.Role == OfficialRole.Head,
                b.RuleId switch { "5K.3" or "5K.5" => 10m, "5K.1" or "5K.2" or "5K.4" => 3m, _ => 1m }))],
        };
    }
}
