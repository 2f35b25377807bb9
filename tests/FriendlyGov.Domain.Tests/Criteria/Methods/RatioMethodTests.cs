using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class RatioMethodTests
{
    // Floor 0.5, target 0.95, on an indicator worth 5 points.
    private readonly RatioMethod _method = new(0.5m, 0.95m);

    private static IndicatorEvidence Share(string value) => new() { Value = D(value) };

    private static IndicatorEvidence Fraction(decimal numerator, decimal denominator) =>
        new() { Numerator = numerator, Denominator = denominator };

    [Theory]
    [InlineData("0.95", "0.5", "floor 0.95 must be below target 0.5")]
    [InlineData("0.5", "0.5", "floor 0.5 must be below target 0.5")]
    public void Rejects_a_floor_at_or_above_the_target(string floor, string target, string message)
    {
        ProblemsOf(() => new RatioMethod(D(floor), D(target)))
            .Should().Equal(new Problem("floor", message));
    }

    [Theory]
    [InlineData("-0.1", "0.9", "floor", "-0.1 is outside [0, 1]")]
    [InlineData("0.5", "1.2", "target", "1.2 is outside [0, 1]")]
    public void Rejects_bounds_outside_zero_to_one(string floor, string target, string path, string message)
    {
        ProblemsOf(() => new RatioMethod(D(floor), D(target)))
            .Should().Equal(new Problem(path, message));
    }

    [Fact]
    public void Accepts_the_whole_range_from_zero_to_one()
    {
        var method = new RatioMethod(0m, 1m);

        method.Floor.Should().Be(0m);
        method.Target.Should().Be(1m);
    }

    [Theory]
    [InlineData("0", "0")] // below floor
    [InlineData("0.49", "0")] // just below floor
    [InlineData("0.5", "0")] // at floor: 5 × (0.5 − 0.5) / 0.45 = 0
    [InlineData("0.725", "2.5")] // 5 × (0.725 − 0.5) / (0.95 − 0.5) = 1.125 / 0.45 = 2.5
    [InlineData("0.86", "4")] // 5 × (0.86 − 0.5) / (0.95 − 0.5) = 1.8 / 0.45 = 4
    [InlineData("0.95", "5")] // at target
    [InlineData("1", "5")] // above target
    public void Scores_a_share_linearly_between_floor_and_target(string share, string points)
    {
        _method.Score(Share(share), 5m).RawPoints.Should().Be(D(points));
    }

    [Fact]
    public void Scores_a_share_between_floor_and_target_exactly_before_rounding()
    {
        // 5 × (0.93 − 0.5) / (0.95 − 0.5) = 2.15 / 0.45 = 4.7777…
        _method.Score(Share("0.93"), 5m).RawPoints.Should().BeApproximately(4.777777777m, 0.000000001m);
    }

    [Theory]
    [InlineData(9, 20, "0")] // 9/20 = 0.45, below floor
    [InlineData(10, 20, "0")] // 10/20 = 0.5, at floor
    [InlineData(86, 100, "4")] // 5 × (86 − 0.5 × 100) / (0.45 × 100) = 180 / 45 = 4
    [InlineData(19, 20, "5")] // 19/20 = 0.95, at target
    [InlineData(20, 20, "5")] // 20/20 = 1, above target
    public void Scores_a_numerator_and_denominator_like_their_share(int numerator, int denominator, string points)
    {
        _method.Score(Fraction(numerator, denominator), 5m).RawPoints.Should().Be(D(points));
    }

    [Fact]
    public void Computes_a_numerator_and_denominator_with_a_single_division()
    {
        var method = new RatioMethod(0m, 1m);

        // 3 × (1 − 0 × 3) / ((1 − 0) × 3) = 3 / 3 = 1 exactly; via the share 1/3 = 0.333…3 it would be 0.999…9
        method.Score(Fraction(1, 3), 3m).RawPoints.Should().Be(1m);
    }

    [Fact]
    public void Refuses_an_enormous_numerator_and_denominator_and_scores_the_largest_allowed_exactly()
    {
        // 6·10^28 of 7·10^28 is beyond FigureLimits.MaxValue (10^12): refused before scoring.
        // 6·10^11 of 7·10^11 is within it, the share 6/7:
        // 5 × (6 − 0.5 × 7) / (0.45 × 7) = 12.5 / 3.15 = 3.968253…
        var enormous = Fraction(60_000_000_000_000_000_000_000_000_000m, 70_000_000_000_000_000_000_000_000_000m);
        var largest = Fraction(600_000_000_000m, 700_000_000_000m);

        _method.CheckEvidence(enormous, 5m).Select(p => p.Path).Should().Equal("numerator", "denominator");
        _method.CheckEvidence(largest, 5m).Should().BeEmpty();
        _method.Score(largest, 5m).RawPoints.Should().BeApproximately(3.968253m, 0.000001m);
    }

    [Fact]
    public void Shows_the_arithmetic_between_floor_and_target()
    {
        var working = _method.Score(Share("0.93"), 5m).Working;

        // 2.15 / 0.45 = 4.777777… cut at six decimals
        working.En.Should().Be("ratio 0.93: 5 × (0.93 − 0.5) / (0.95 − 0.5) = 4.777777…");
        working.Vi.Should().Be("tỷ lệ 0,93: 5 × (0,93 − 0,5) / (0,95 − 0,5) = 4,777777…");
    }

    [Fact]
    public void Shows_the_fraction_it_was_given()
    {
        // 2/3 = 0.666666…; 5 × (2 − 1.5) / (0.45 × 3) = 2.5 / 1.35 = 1.851851…
        var working = _method.Score(Fraction(2, 3), 5m).Working;

        working.En.Should().Be("ratio 2/3 = 0.666666…: 5 × (0.666666… − 0.5) / (0.95 − 0.5) = 1.851851…");
        working.Vi.Should().StartWith("tỷ lệ 2/3 = 0,666666…:");
    }

    [Fact]
    public void Says_when_the_share_is_below_the_floor()
    {
        var working = _method.Score(Share("0.4"), 5m).Working;

        working.En.Should().Be("ratio 0.4 below floor 0.5: 0");
        working.Vi.Should().Be("tỷ lệ 0,4 dưới ngưỡng sàn 0,5: 0");
    }

    [Fact]
    public void Says_when_the_share_reaches_the_target()
    {
        var working = _method.Score(Fraction(19, 20), 5m).Working;

        working.En.Should().Be("ratio 19/20 = 0.95 at or above target 0.95: 5");
        working.Vi.Should().Be("tỷ lệ 19/20 = 0,95 đạt mục tiêu 0,95: 5");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void Accepts_a_share_at_either_end_of_zero_to_one(string share)
    {
        _method.CheckEvidence(Share(share), 5m).Should().BeEmpty();
    }

    [Theory]
    [InlineData("1.3", "1.3 is outside [0, 1]")]
    [InlineData("-0.1", "-0.1 is outside [0, 1]")]
    public void Rejects_a_share_outside_zero_to_one(string share, string message)
    {
        _method.CheckEvidence(Share(share), 5m).Should().Equal(new Problem("value", message));
    }

    [Fact]
    public void Rejects_a_numerator_greater_than_the_denominator()
    {
        _method.CheckEvidence(Fraction(13, 10), 5m)
            .Should().Equal(new Problem("", "the numerator 13 is greater than the denominator 10: a ratio cannot exceed 1"));
    }

    [Fact]
    public void Rejects_a_negative_numerator()
    {
        _method.CheckEvidence(Fraction(-1, 10), 5m).Should().Equal(new Problem("numerator", "-1 is not ≥ 0"));
    }

    [Fact]
    public void Rejects_a_denominator_of_zero()
    {
        _method.CheckEvidence(Fraction(1, 0), 5m).Should().Equal(new Problem("denominator", "0 is not > 0"));
    }

    [Fact]
    public void Reports_a_negative_numerator_and_a_zero_denominator_together()
    {
        _method.CheckEvidence(Fraction(-1, 0), 5m).Should().Equal(
            new Problem("numerator", "-1 is not ≥ 0"),
            new Problem("denominator", "0 is not > 0"));
    }

    [Fact]
    public void Rejects_both_a_value_and_a_numerator()
    {
        _method.CheckEvidence(new IndicatorEvidence { Value = 0.9m, Numerator = 9m, Denominator = 10m }, 5m)
            .Should().Equal(new Problem("", "give either 'value' or 'numerator' and 'denominator', not both"));
    }

    [Fact]
    public void Requires_a_value_or_both_numerator_and_denominator()
    {
        const string Required = "'value', or 'numerator' and 'denominator', are required by method 'ratio'";

        _method.CheckEvidence(new IndicatorEvidence(), 5m).Should().Equal(new Problem("", Required));
        _method.CheckEvidence(new IndicatorEvidence { Numerator = 9m }, 5m).Should().Equal(new Problem("", Required));
        _method.CheckEvidence(new IndicatorEvidence { Denominator = 10m }, 5m).Should().Equal(new Problem("", Required));
    }

    [Fact]
    public void Rejects_met_as_a_field_it_does_not_read()
    {
        _method.CheckEvidence(new IndicatorEvidence { Value = 0.9m, Met = true }, 5m)
            .Should().Equal(new Problem("met", "'met' is not used by method 'ratio'; it reads 'value', 'numerator', 'denominator'"));
    }

    [Fact]
    public void Describes_its_floor_and_target()
    {
        _method.Describe().Should().Be(new LocalizedText("tỷ lệ, ngưỡng sàn 0,5, mục tiêu 0,95", "ratio, floor 0.5, target 0.95"));
    }
}
