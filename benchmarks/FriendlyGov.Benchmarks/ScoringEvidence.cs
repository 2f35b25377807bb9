using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Benchmarks;

/// <summary>
/// Deterministic evidence (seed 2024) for the scoring benchmarks: every one of the 10,599 units gets
/// self-assessed evidence for each of the twenty-one evidence indicators of
/// dongnai-friendly-government@2024.1 (the twenty of the groups and the bonus B1), with figures
/// spread over each method's range, and one unit in ten gets one to three conduct observations.
/// </summary>
public static class ScoringEvidence
{
    /// <summary>The seed.</summary>
    public const int Seed = 2024;

    private static readonly string[] Rules = ["SMILE", "4X.1", "4X.2", "4X.3", "4X.4", "4L.1", "4L.2", "4L.3", "4L.4", "5K.1", "5K.2", "5K.3", "5K.4", "5K.5"];

    /// <summary>The evidence of every unit of <see cref="VietnamUnits.National"/>, in its order.</summary>
    /// <returns>10,599 units' evidence.</returns>
    public static IReadOnlyList<UnitEvidence> Generate()
    {
        var random = new Random(Seed);
        var period = AssessmentPeriod.OfYear(2024);
        var result = new List<UnitEvidence>(VietnamUnits.Count2024);
        foreach (var unit in VietnamUnits.National())
        {
            var evidence = new Dictionary<string, IndicatorEvidence>(StringComparer.Ordinal)
            {
                ["G1.1.1"] = Items(random, "office", "portal", "hotline"),
                ["G1.1.2"] = Met(random),
                ["G1.2.1"] = new() { Value = Fraction(random, 0, 1000) },
                ["G1.2.2"] = new() { Value = new decimal(random.Next(0, 1001), 0, 0, false, 1) },
                ["G2.1.1"] = Items(random, "waiting", "kiosk", "access", "digital"),
                ["G2.1.2"] = Met(random),
                ["G2.2.1"] = Met(random),
                ["G2.2.2"] = Met(random),
                ["G3.1.1"] = new() { Value = Fraction(random, 600, 1000) },
                ["G3.1.2"] = Met(random),
                ["G3.2.1"] = new() { Value = random.Next(0, 31) },
                ["G3.2.2"] = new() { Value = Fraction(random, 300, 1000) },
                ["G3.3.1"] = new() { Count = random.Next(0, 10) < 7 ? 0 : random.Next(1, 4) },
                ["G4.1.1"] = new() { Value = Fraction(random, 300, 1000) },
                ["G4.1.2"] = new() { Value = random.Next(0, 61) },
                ["G4.2.1"] = new() { Points = new decimal(random.Next(0, 21), 0, 0, false, 1), Note = "Hội đồng thẩm định chấm" },
                ["G5.1.1"] = new() { Average = new decimal(random.Next(100, 501), 0, 0, false, 2), Count = random.Next(30, 300) },
                ["G5.1.2"] = new() { Average = new decimal(random.Next(100, 501), 0, 0, false, 2), Count = random.Next(30, 300) },
                ["G5.2.1"] = new() { Value = Fraction(random, 300, 1000) },
                ["G5.3.2"] = Met(random),
                ["B1"] = new() { Value = random.Next(0, 10) < 6 ? 0 : random.Next(1, 5) },
            };
            var conduct = new List<ConductBreach>();
            if (random.Next(10) == 0)
            {
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    conduct.Add(new ConductBreach(
                        Rules[random.Next(Rules.Length)],
                        $"{unit.Code}-{random.Next(1, 7)}",
                        (OfficialRole)random.Next(3),
                        (ObservationStatus)random.Next(3),
                        new LocalDate(2024, 1, 1).PlusDays(random.Next(366))));
                }
            }

            result.Add(UnitEvidence.SelfAssessedOnly(new AssessedUnit(unit.Code, unit.Name, unit.Kind, unit.Province), period, evidence) with { Conduct = conduct });
        }

        return result;
    }

    private static IndicatorEvidence Met(Random random) => new() { Met = random.Next(100) < 85 };

    private static decimal Fraction(Random random, int fromThousandths, int toThousandths) =>
        new(random.Next(fromThousandths, toThousandths + 1), 0, 0, false, 3);

    private static IndicatorEvidence Items(Random random, params string[] items) =>
        new() { Items = [.. items.Where(_ => random.Next(100) < 75)] };
}
