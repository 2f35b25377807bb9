using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Tests;

/// <summary>Evidence for tests: a ward of Đồng Nai in 2024 unless a test says otherwise.</summary>
internal sealed class TestEvidence
{
    private readonly Dictionary<string, IndicatorEvidence> _self = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndicatorEvidence> _appraised = new(StringComparer.Ordinal);
    private AssessedUnit _unit = Ward();
    private AssessmentPeriod _period = AssessmentPeriod.OfYear(2024);

    public static AssessedUnit Ward(string code = "25996") => new(code, "Phường Tân Phong", UnitKind.Ward, "Đồng Nai");

    public static IndicatorEvidence Met(bool met = true) => new() { Met = met };

    public static IndicatorEvidence Value(decimal value) => new() { Value = value };

    public static IndicatorEvidence Awarded(decimal points) => new() { Points = points, Note = "awarded by the council" };

    public static TestEvidence Self(string indicatorId, IndicatorEvidence evidence) => new TestEvidence().AndSelf(indicatorId, evidence);

    public static TestEvidence Appraised(string indicatorId, IndicatorEvidence evidence) => new TestEvidence().AndAppraised(indicatorId, evidence);

    /// <summary>No evidence for any indicator.</summary>
    public static TestEvidence None() => new();

    /// <summary>Points for the P1 and P2 indicators of <see cref="TestFrameworks.TwoHalves"/>.</summary>
    public static TestEvidence Halves(decimal p1, decimal p2, string unitCode = "25996") =>
        Self("P1", Awarded(p1)).AndSelf("P2", Awarded(p2)).For(Ward(unitCode));

    /// <summary>
    /// Evidence for <see cref="TestFrameworks.Mixed"/> worth 35.7 points: G1.1.1 met (10); G1.1.2
    /// 0.86 (5 × 0.36 / 0.45 = 4); G1.2.1 2 counted (5 − 2 = 3); G2.1.1 83.5 (20 × 83.5 / 100 =
    /// 16.7); G2.1.2 item x (2).
    /// </summary>
    public static TestEvidence MixedPartly() =>
        Self("G1.1.1", Met())
            .AndSelf("G1.1.2", Value(0.86m))
            .AndSelf("G1.2.1", new IndicatorEvidence { Count = 2m })
            .AndSelf("G2.1.1", Value(83.5m))
            .AndSelf("G2.1.2", new IndicatorEvidence { Items = ["x"] });

    /// <summary>
    /// Evidence for <see cref="TestFrameworks.Mixed"/> worth every point: 10 + 5 + 5 + 20 + 5 = 45.
    /// </summary>
    public static TestEvidence MixedFully() =>
        Self("G1.1.1", Met())
            .AndSelf("G1.1.2", Value(1m))
            .AndSelf("G1.2.1", new IndicatorEvidence { Count = 0m })
            .AndSelf("G2.1.1", Value(100m))
            .AndSelf("G2.1.2", new IndicatorEvidence { Items = ["x", "y"] });

    public TestEvidence AndSelf(string indicatorId, IndicatorEvidence evidence)
    {
        _self[indicatorId] = evidence;
        return this;
    }

    public TestEvidence AndAppraised(string indicatorId, IndicatorEvidence evidence)
    {
        _appraised[indicatorId] = evidence;
        return this;
    }

    public TestEvidence For(AssessedUnit unit)
    {
        _unit = unit;
        return this;
    }

    public TestEvidence In(string period)
    {
        _period = AssessmentPeriod.Parse(period);
        return this;
    }

    public UnitEvidence Build() =>
        new(_unit, _period, new Dictionary<string, IndicatorEvidence>(_self), new Dictionary<string, IndicatorEvidence>(_appraised));
}
