using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.TestEvidence;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Scoring;

/// <summary>
/// Evidence that cannot be scored, on a yearly framework for communes and wards with a ratio
/// G1.1.1 (max 5), a checklist G1.1.2 (a 1, b 1) and a bonus B1 scored directly (max 5).
/// </summary>
public sealed class ScoringEngineEvidenceTests
{
    private readonly ScoringEngine _engine = new(Framework(
        [Group("G1", Criterion("G1.1", Ratio("G1.1.1", 5m), Indicator("G1.1.2", 2m, new ChecklistMethod([new("a", 1m), new("b", 1m)])))) ],
        bonus: [Points("B1", 5m)]));

    [Fact]
    public void Finds_no_problem_with_valid_evidence()
    {
        _engine.Check(Self("G1.1.1", Value(0.9m)).AndAppraised("G1.1.1", Value(0.8m)).Build()).Should().BeEmpty();
    }

    [Fact]
    public void Finds_no_problem_with_missing_evidence()
    {
        _engine.Check(None().Build()).Should().BeEmpty();
    }

    [Fact]
    public void Rejects_a_period_of_another_kind()
    {
        _engine.Check(None().In("2024-Q2").Build()).Should().Equal(new Problem(
            "period",
            "'2024-Q2' is not a year period: test-framework@1 scores years, written like '2024'"));
    }

    [Fact]
    public void Rejects_a_year_for_a_quarterly_framework()
    {
        var engine = new ScoringEngine(Framework([Group("G1", Criterion("G1.1", Check("G1.1.1", 1m)))], period: PeriodKind.Quarter));

        engine.Check(None().In("2024").Build()).Should().Equal(new Problem(
            "period",
            "'2024' is not a quarter period: test-framework@1 scores quarters, written like '2024-Q2'"));
    }

    [Fact]
    public void Rejects_a_kind_of_unit_the_framework_does_not_apply_to()
    {
        var township = new AssessedUnit("26002", "Thị trấn Trảng Bom", UnitKind.Township);

        _engine.Check(None().For(township).Build()).Should().Equal(new Problem(
            "unit.kind",
            "'thi-tran' is not among the kinds the framework applies to: xa, phuong"));
    }

    [Fact]
    public void Rejects_an_unknown_self_assessed_indicator()
    {
        _engine.Check(Self("G9", Met()).Build())
            .Should().Equal(new Problem("indicators['G9']", "'G9' is not an indicator of test-framework@1"));
    }

    [Fact]
    public void Rejects_an_unknown_appraised_indicator()
    {
        _engine.Check(Appraised("X", Met()).Build())
            .Should().Equal(new Problem("appraised['X']", "'X' is not an indicator of test-framework@1"));
    }

    [Fact]
    public void Escapes_a_quote_in_the_path_of_an_unknown_indicator()
    {
        // JsonPath.Property escapes the quote so the path stays well-formed: indicators['it\'s']
        _engine.Check(Self("it's", Met()).Build()).Select(p => p.Path).Should().Equal("indicators['it\\'s']");
    }

    [Fact]
    public void Names_the_indicator_and_field_of_a_figure_out_of_range()
    {
        _engine.Check(Self("G1.1.1", Value(1.3m)).Build())
            .Should().Equal(new Problem("indicators['G1.1.1'].value", "1.3 is outside [0, 1]"));
    }

    [Fact]
    public void Names_the_appraised_indicator_and_field_of_a_figure_out_of_range()
    {
        _engine.Check(Self("G1.1.1", Value(0.9m)).AndAppraised("G1.1.1", Value(-0.1m)).Build())
            .Should().Equal(new Problem("appraised['G1.1.1'].value", "-0.1 is outside [0, 1]"));
    }

    [Fact]
    public void Names_the_indicator_of_a_problem_with_the_whole_evidence()
    {
        _engine.Check(Self("G1.1.1", new IndicatorEvidence { Numerator = 13m, Denominator = 10m }).Build())
            .Should().Equal(new Problem(
                "indicators['G1.1.1']",
                "the numerator 13 is greater than the denominator 10: a ratio cannot exceed 1"));
    }

    [Fact]
    public void Names_the_position_of_a_bad_checklist_item()
    {
        _engine.Check(Self("G1.1.2", new IndicatorEvidence { Items = ["a", "zz"] }).Build())
            .Should().Equal(new Problem("indicators['G1.1.2'].items[1]", "'zz' is not an item of this checklist; its items are a, b"));
    }

    [Fact]
    public void Checks_bonus_evidence_too()
    {
        _engine.Check(Self("B1", new IndicatorEvidence { Points = 6m }).Build()).Should().Equal(
            new Problem("indicators['B1'].points", "6 is outside [0, 5]"),
            new Problem("indicators['B1'].note", "a note is required by method 'points': say why these points were awarded"));
    }

    [Fact]
    public void Refuses_to_score_and_reports_every_problem_at_once()
    {
        var township = new AssessedUnit("26002", "Thị trấn Trảng Bom", UnitKind.Township);
        var evidence = Self("G1.1.1", Value(1.3m))
            .AndSelf("G9", Met())
            .AndAppraised("X", Met())
            .For(township)
            .In("2024-Q2")
            .Build();

        ProblemsOf(() => _engine.Score(evidence)).Select(p => p.Path).Should().Equal(
            "period",
            "unit.kind",
            "indicators['G1.1.1'].value",
            "indicators['G9']",
            "appraised['X']");
    }

    [Fact]
    public void Refuses_to_score_evidence_with_a_field_its_method_does_not_read()
    {
        ProblemsOf(() => _engine.Score(Self("G1.1.1", new IndicatorEvidence { Value = 0.9m, Met = true }).Build()))
            .Should().Equal(new Problem(
                "indicators['G1.1.1'].met",
                "'met' is not used by method 'ratio'; it reads 'value', 'numerator', 'denominator'"));
    }
}
