using System.Globalization;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;
using static FriendlyGov.Domain.Tests.TestEvidence;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Scoring;

/// <summary>Every indicator's points are explained: the method, the evidence, the arithmetic and the points.</summary>
public sealed class ScoringEngineExplanationTests
{
    private static LocalizedText Explain(Indicator indicator, TestEvidence evidence) =>
        new ScoringEngine(Of(indicator)).Score(evidence.Build()).Indicator(indicator.Id).Explanation;

    [Fact]
    public void Explains_a_ratio_in_both_languages()
    {
        var explanation = Explain(Ratio("G1.1.1", 5m), Self("G1.1.1", Value(0.93m)));

        // 5 × (0.93 − 0.5) / (0.95 − 0.5) = 2.15 / 0.45 = 4.777… → 4.78
        explanation.En.Should().Be(
            "ratio, floor 0.5, target 0.95. Self-assessed: ratio 0.93: 5 × (0.93 − 0.5) / (0.95 − 0.5) = 4.777777… → 4.78 of 5 points.");
        explanation.Vi.Should().Be(
            "tỷ lệ, ngưỡng sàn 0,5, mục tiêu 0,95. Tự đánh giá: tỷ lệ 0,93: 5 × (0,93 − 0,5) / (0,95 − 0,5) = 4,777777… → 4,78/5 điểm.");
    }

    [Fact]
    public void Explains_the_appraisal_that_counts_and_the_self_assessment_it_replaced()
    {
        var explanation = Explain(Ratio("G1.1.1", 5m), Self("G1.1.1", Value(0.95m)).AndAppraised("G1.1.1", Value(0.86m)));

        // appraised: 5 × (0.86 − 0.5) / 0.45 = 4; self: 0.95 at target → 5; 4 − 5 = −1
        explanation.En.Should().Be(
            "ratio, floor 0.5, target 0.95. Appraised: ratio 0.86: 5 × (0.86 − 0.5) / (0.95 − 0.5) = 4 → 4 of 5 points. "
            + "Self-assessed: ratio 0.95 at or above target 0.95: 5 → 5 (difference -1).");
        explanation.Vi.Should().Be(
            "tỷ lệ, ngưỡng sàn 0,5, mục tiêu 0,95. Thẩm định: tỷ lệ 0,86: 5 × (0,86 − 0,5) / (0,95 − 0,5) = 4 → 4/5 điểm. "
            + "Tự đánh giá: tỷ lệ 0,95 đạt mục tiêu 0,95: 5 → 5 (chênh lệch -1).");
    }

    [Fact]
    public void Signs_a_positive_difference_and_writes_it_with_a_comma_in_vietnamese()
    {
        var explanation = Explain(Ratio("G1.1.1", 5m), Self("G1.1.1", Value(0.725m)).AndAppraised("G1.1.1", Value(0.86m)));

        // self: 5 × 0.225 / 0.45 = 2.5; appraised: 4; 4 − 2.5 = +1.5
        explanation.En.Should().EndWith("→ 2.5 (difference +1.5).");
        explanation.Vi.Should().EndWith("→ 2,5 (chênh lệch +1,5).");
    }

    [Fact]
    public void Explains_missing_evidence()
    {
        var explanation = Explain(Check("G1.1.1", 2m), None());

        explanation.Should().Be(new LocalizedText(
            "đạt/không đạt. Không có minh chứng: 0/2 điểm.",
            "met or not. No evidence: 0 of 2 points."));
    }

    [Fact]
    public void Explains_a_check()
    {
        Explain(Check("G1.1.1", 3m), Self("G1.1.1", Met())).En
            .Should().Be("met or not. Self-assessed: met: 3 → 3 of 3 points.");
    }

    [Fact]
    public void Explains_a_checklist()
    {
        var checklist = Indicator("G1.1.1", 5m, new ChecklistMethod([new("a", 1m), new("b", 2m), new("c", 2m)]));

        // a 1 + c 2 = 3
        Explain(checklist, Self("G1.1.1", new IndicatorEvidence { Items = ["a", "c"] })).En
            .Should().Be("checklist of 3 items. Self-assessed: items met a 1 + c 2 = 3 → 3 of 5 points.");
    }

    [Fact]
    public void Explains_bands()
    {
        var bands = Indicator("G1.1.1", 5m, new BandsMethod([new(2m, 1m), new(4m, 3m)]));

        Explain(bands, Self("G1.1.1", Value(4m))).En
            .Should().Be("bands: from 2: 1; from 4: 3. Self-assessed: value 4 in the band from 4: 3 → 3 of 5 points.");
    }

    [Fact]
    public void Explains_a_deduction()
    {
        var deduction = Indicator("G1.1.1", 5m, new DeductionMethod(1.5m));

        // 5 − 1.5 × 2 = 2
        Explain(deduction, Self("G1.1.1", new IndicatorEvidence { Count = 2m })).En
            .Should().Be("deduct 1.5 per occurrence. Self-assessed: 2 counted: max(0, 5 − 1.5 × 2) = 2 → 2 of 5 points.");
    }

    [Fact]
    public void Explains_a_scale_with_a_repeating_average()
    {
        var scale = Indicator("G1.1.1", 10m, new ScaleMethod(1m, 5m));

        // average 13/3 = 4.333…: 10 × (13 − 3) / (4 × 3) = 8.333… → 8.33
        var explanation = Explain(scale, Self("G1.1.1", new IndicatorEvidence { Responses = [4m, 4m, 5m] }));

        explanation.En.Should().Be(
            "scale 1–5. Self-assessed: average 4.333333… of 3 responses: 10 × (4.333333… − 1) / (5 − 1) = 8.333333… → 8.33 of 10 points.");
        explanation.Vi.Should().EndWith("= 8,333333… → 8,33/10 điểm.");
    }

    [Fact]
    public void Explains_an_import_rounded_away_from_zero()
    {
        // 1 × 1 / 8 = 0.125 → 0.13
        Explain(Import("G1.1.1", 1m, 8m), Self("G1.1.1", Value(1m))).En
            .Should().Be("imported index on a scale of 8. Self-assessed: index 1/8: 1 × 1 / 8 = 0.125 → 0.13 of 1 points.");
    }

    [Fact]
    public void Explains_points_with_their_note()
    {
        var explanation = Explain(Points("G1.1.1", 5m), Self("G1.1.1", new IndicatorEvidence { Points = 3.5m, Note = "đường dây nóng trả lời trong ngày" }));

        explanation.En.Should().Be("points awarded directly. Self-assessed: awarded 3.5: “đường dây nóng trả lời trong ngày” → 3.5 of 5 points.");
        explanation.Vi.Should().Be("chấm điểm trực tiếp. Tự đánh giá: chấm 3,5 điểm: “đường dây nóng trả lời trong ngày” → 3,5/5 điểm.");
    }

    [Fact]
    public void Explains_with_the_same_figures_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");

            Explain(Ratio("G1.1.1", 5m), Self("G1.1.1", Value(0.93m))).En.Should().Contain("= 4.777777… → 4.78 of 5 points.");
            Explain(Indicator("G1.1.1", 10m, new ScaleMethod(1m, 5m)), Self("G1.1.1", new IndicatorEvidence { Responses = [4m, 4m, 5m] })).En
                .Should().Contain("of 3 responses");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Explains_every_indicator_of_a_scorecard()
    {
        var card = new ScoringEngine(Mixed()).Score(MixedPartly().Build());

        card.Indicators.Should().AllSatisfy(i =>
        {
            i.Explanation.En.Should().EndWith($"→ {Figures.Format(i.Points)} of {Figures.Format(i.Indicator.MaxPoints)} points.");
            i.Explanation.Vi.Should().EndWith($"→ {Figures.FormatVi(i.Points)}/{Figures.FormatVi(i.Indicator.MaxPoints)} điểm.");
        });
    }
}
