using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Benchmarks;

/// <summary>The total and rating of one unit.</summary>
/// <param name="Total">The total, bonus included.</param>
/// <param name="Rating">The rating's code, caps applied.</param>
public readonly record struct PlainResult(decimal Total, string Rating);

/// <summary>
/// dongnai-friendly-government@2024.1 scored by plain C# written for it alone: a switch per
/// indicator, decimal, each indicator rounded away from zero to 2 decimals, group sums, the bonus,
/// the rating bands and caps C1 to C3. No explanations. The floor for <see cref="ScoringBenchmarks"/>.
/// </summary>
public static class HandWrittenScoring
{
    /// <summary>Rating codes, lowest first.</summary>
    internal static readonly string[] Ratings = ["unsatisfactory", "satisfactory", "good", "excellent"];

    /// <summary>Scores one unit.</summary>
    /// <param name="evidence">The unit's evidence.</param>
    /// <returns>Its total and rating.</returns>
    public static PlainResult Score(UnitEvidence evidence)
    {
        // Conduct: one pass over the observations.
        decimal headWeight = 0m, minorWeight = 0m;
        bool c2 = false, c3 = false;
        foreach (var b in evidence.Conduct)
        {
            if (!b.IsConfirmed) continue;
            var id = b.RuleId;
            var weight = id switch { "5K.3" or "5K.5" => 10m, "5K.1" or "5K.2" or "5K.4" => 3m, _ => 1m };
            var minor = id == "SMILE" || id.StartsWith("4X.", StringComparison.Ordinal) || id.StartsWith("4L.", StringComparison.Ordinal);
            var fiveK = id.StartsWith("5K.", StringComparison.Ordinal);
            var head = b.Role == OfficialRole.Head;
            if (head && (minor || fiveK)) headWeight += weight;
            if (minor) minorWeight += weight;
            if (id is "5K.3" or "5K.5") c2 = true;
            if (head && fiveK) c3 = true;
        }

        var g1 = P(evidence, "G1.1.1") + P(evidence, "G1.1.2") + P(evidence, "G1.2.1") + P(evidence, "G1.2.2");
        var g2 = P(evidence, "G2.1.1") + P(evidence, "G2.1.2") + P(evidence, "G2.2.1") + P(evidence, "G2.2.2");
        var g3 = P(evidence, "G3.1.1") + P(evidence, "G3.1.2") + P(evidence, "G3.2.1") + P(evidence, "G3.2.2") + P(evidence, "G3.3.1");
        var g4 = P(evidence, "G4.1.1") + P(evidence, "G4.1.2") + P(evidence, "G4.2.1") + Round(Math.Max(0m, 3m - headWeight));
        var g5 = P(evidence, "G5.1.1") + P(evidence, "G5.1.2") + P(evidence, "G5.2.1") + Round(Math.Max(0m, 5m - minorWeight)) + P(evidence, "G5.3.2");
        var bonus = P(evidence, "B1");
        return Finish(g1, g2, g3, g4, g5, bonus, c2, c3);
    }

    /// <summary>Total, rating bands and caps from the group sums.</summary>
    /// <param name="g1">Group G1's points.</param>
    /// <param name="g2">Group G2's points.</param>
    /// <param name="g3">Group G3's points.</param>
    /// <param name="g4">Group G4's points.</param>
    /// <param name="g5">Group G5's points.</param>
    /// <param name="bonus">The bonus.</param>
    /// <param name="c2">Whether cap C2's condition holds.</param>
    /// <param name="c3">Whether cap C3's condition holds.</param>
    /// <returns>The total and rating.</returns>
    internal static PlainResult Finish(decimal g1, decimal g2, decimal g3, decimal g4, decimal g5, decimal bonus, bool c2, bool c3)
    {
        var total = Math.Clamp(g1 + g2 + g3 + g4 + g5 + bonus, 0m, 105m);
        var rating = total >= 90m ? 3 : total >= 75m ? 2 : total >= 50m ? 1 : 0;
        // C1: a group below half of its maximum (20, 15, 25, 15, 25) caps at good.
        if (g1 < 10m || g2 < 7.5m || g3 < 12.5m || g4 < 7.5m || g5 < 12.5m) rating = Math.Min(rating, 2);
        if (c3) rating = Math.Min(rating, 1);
        if (c2) rating = 0;
        return new PlainResult(total, Ratings[rating]);
    }

    private static decimal P(UnitEvidence evidence, string id)
    {
        var x = evidence.Appraised.TryGetValue(id, out var a) ? a : evidence.SelfAssessed.TryGetValue(id, out var s) ? s : null;
        if (x is null) return 0m;
        return Round(id switch
        {
            "G1.1.1" => Item(x, "office", 2m) + Item(x, "portal", 2m) + Item(x, "hotline", 1m),
            "G1.1.2" => x.Met == true ? 5m : 0m,
            "G1.2.1" => Ratio(x, 5m, 0.3m, 0.8m),
            "G1.2.2" => 5m * x.Value!.Value / 100m,
            "G2.1.1" => Item(x, "waiting", 2m) + Item(x, "kiosk", 2m) + Item(x, "access", 1.5m) + Item(x, "digital", 2.5m),
            "G2.1.2" => x.Met == true ? 2m : 0m,
            "G2.2.1" => x.Met == true ? 3m : 0m,
            "G2.2.2" => x.Met == true ? 2m : 0m,
            "G3.1.1" => Ratio(x, 8m, 0.8m, 1m),
            "G3.1.2" => x.Met == true ? 2m : 0m,
            "G3.2.1" => x.Value!.Value switch { >= 24m => 5m, >= 12m => 4m, >= 6m => 2.5m, >= 1m => 1m, _ => 0m },
            "G3.2.2" => Ratio(x, 5m, 0.5m, 0.95m),
            "G3.3.1" => x.Count!.Value is var n && n > 0 && 2m > decimal.MaxValue / n ? 0m : Math.Max(0m, 5m - (2m * n)),
            "G4.1.1" => Ratio(x, 5m, 0.5m, 0.9m),
            "G4.1.2" => x.Value!.Value switch { >= 48m => 5m, >= 36m => 4m, >= 24m => 2.5m, >= 12m => 1m, _ => 0m },
            "G4.2.1" => x.Points!.Value,
            "G5.1.1" => Scale(x, 8m),
            "G5.1.2" => Scale(x, 5m),
            "G5.2.1" => Ratio(x, 4m, 0.5m, 1m),
            "G5.3.2" => x.Met == true ? 3m : 0m,
            "B1" => x.Value!.Value switch { >= 3m => 5m, >= 2m => 3.5m, >= 1m => 2m, _ => 0m },
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not an evidence indicator."),
        });
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Item(IndicatorEvidence x, string item, decimal points)
    {
        foreach (var met in x.Items!)
        {
            if (string.Equals(met, item, StringComparison.Ordinal)) return points;
        }

        return 0m;
    }

    private static decimal Ratio(IndicatorEvidence x, decimal max, decimal floor, decimal target)
    {
        var (numerator, denominator) = x.Value is { } v ? (v, 1m) : (x.Numerator!.Value, x.Denominator!.Value);
        if (numerator < floor * denominator) return 0m;
        if (numerator >= target * denominator) return max;
        return max * (numerator - (floor * denominator)) / ((target - floor) * denominator);
    }

    private static decimal Scale(IndicatorEvidence x, decimal max)
    {
        decimal sum, n;
        if (x.Responses is { } responses)
        {
            sum = 0m;
            foreach (var r in responses) sum += r;
            n = responses.Count;
        }
        else
        {
            (sum, n) = (x.Average!.Value, 1m);
        }

        return max * (sum - n) / (4m * n);
    }
}
