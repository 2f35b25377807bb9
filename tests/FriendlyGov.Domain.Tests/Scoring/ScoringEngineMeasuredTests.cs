using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;
using static FriendlyGov.Domain.Tests.TestEvidence;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Scoring;

/// <summary>
/// Evidence measured from recorded data, on a framework with G1.1.1 (ratio floor 0.5, target 0.95,
/// max 5, from dossiers.onTimeShare), G1.1.2 (deduction of 2 a count, max 5, from dossiers.overdue)
/// and G1.1.3 (scale 1–5, max 8, from feedback.average of "Office smile").
/// </summary>
public sealed class ScoringEngineMeasuredTests
{
    private static readonly DataSource OnTime = new("dossiers", "onTimeShare");
    private static readonly DataSource Overdue = new("dossiers", "overdue");
    private static readonly DataSource Smile = new("feedback", "average", "office-smile");

    private readonly ScoringEngine _engine = new(Of(
        new("G1.1.1", Title("on time"), 5m, new RatioMethod(0.5m, 0.95m), dataSource: OnTime),
        new("G1.1.2", Title("overdue"), 5m, new DeductionMethod(2m), dataSource: Overdue),
        new("G1.1.3", Title("smile"), 8m, new ScaleMethod(1m, 5m), dataSource: Smile)));

    private static Measurement OnTimeOf(decimal resolvedOnTime, decimal resolved) =>
        new(OnTime, resolvedOnTime, resolved, new($"{resolvedOnTime} trên {resolved} hồ sơ", $"{resolvedOnTime} of {resolved} dossiers"));

    private static UnitEvidence With(TestEvidence evidence, params (string Id, Measurement Measurement)[] measured) =>
        evidence.Build() with { Measured = measured.ToDictionary(m => m.Id, m => m.Measurement) };

    [Fact]
    public void Scores_each_shape_from_measured_figures()
    {
        // G1.1.1: 43/50 = 0.86: 5 × (0.86 − 0.5) / 0.45 = 4. G1.1.2: 1 overdue: 5 − 2 = 3.
        // G1.1.3: average 4.5 of 20: 8 × (4.5 − 1) / 4 = 7. Total 4 + 3 + 7 = 14.
        var card = _engine.Score(With(
            None(),
            ("G1.1.1", OnTimeOf(43m, 50m)),
            ("G1.1.2", new Measurement(Overdue, 1m, null, new("1 hồ sơ quá hạn", "1 dossier overdue"))),
            ("G1.1.3", new Measurement(Smile, 4.5m, 20m, new("20 phiếu", "20 ratings")))));

        card.Indicator("G1.1.1").Points.Should().Be(4m);
        card.Indicator("G1.1.2").Points.Should().Be(3m);
        card.Indicator("G1.1.3").Points.Should().Be(7m);
        card.Total.Should().Be(14m);
        card.Indicators.Should().OnlyContain(i => i.Source == EvidenceSource.Derived);
        card.Missing.Should().BeEmpty();
    }

    [Fact]
    public void Explains_where_a_measured_figure_came_from()
    {
        var card = _engine.Score(With(None(), ("G1.1.1", OnTimeOf(43m, 50m))));

        card.Indicator("G1.1.1").Explanation.En.Should().Be(
            "ratio, floor 0.5, target 0.95. From recorded data (dossiers.onTimeShare): 43 of 50 dossiers; ratio 43/50 = 0.86: 5 × (0.86 − 0.5) / (0.95 − 0.5) = 4 → 4 of 5 points.");
        card.Indicator("G1.1.1").Explanation.Vi.Should().StartWith("tỷ lệ, ngưỡng sàn 0,5, mục tiêu 0,95. Từ dữ liệu ghi nhận (dossiers.onTimeShare): 43 trên 50 hồ sơ; ");
    }

    [Fact]
    public void Counts_evidence_entered_by_hand_before_measured_figures()
    {
        // Self-assessed 0.95 reaches the target: 5, not the measured 43/50 (4).
        var card = _engine.Score(With(Self("G1.1.1", Value(0.95m)), ("G1.1.1", OnTimeOf(43m, 50m))));

        card.Indicator("G1.1.1").Points.Should().Be(5m);
        card.Indicator("G1.1.1").Source.Should().Be(EvidenceSource.Self);
    }

    [Fact]
    public void Reports_measured_figures_that_break_the_method()
    {
        _engine.Check(With(None(), ("G1.1.1", OnTimeOf(51m, 50m)))).Should().ContainSingle()
            .Which.Path.Should().StartWith("measured['G1.1.1']");
    }

    [Fact]
    public void Rejects_a_measurement_of_another_source()
    {
        _engine.Check(With(None(), ("G1.1.2", OnTimeOf(1m, 2m)))).Should().Equal(new Problem(
            "measured['G1.1.2']", "'G1.1.2' is measured from dossiers.overdue, not dossiers.onTimeShare"));
    }

    [Fact]
    public void Rejects_a_measurement_for_an_unknown_indicator()
    {
        _engine.Check(With(None(), ("G9", OnTimeOf(1m, 2m)))).Should().Equal(new Problem(
            "measured['G9']", "'G9' is not an indicator of test-framework@1"));
    }
}
