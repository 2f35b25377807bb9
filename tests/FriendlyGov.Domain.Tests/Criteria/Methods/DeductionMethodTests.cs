using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class DeductionMethodTests
{
    // 1.5 points off per occurrence, on an indicator worth 5 points.
    private readonly DeductionMethod _method = new(1.5m);

    private static IndicatorEvidence Counted(string count) => new() { Count = D(count) };

    [Theory]
    [InlineData("0", "0 is not > 0")]
    [InlineData("-1", "-1 is not > 0")]
    public void Rejects_a_deduction_per_count_that_is_not_above_zero(string perCount, string message)
    {
        ProblemsOf(() => new DeductionMethod(D(perCount))).Should().Equal(new Problem("perCount", message));
    }

    [Theory]
    [InlineData("0", "5")] // 5 − 1.5 × 0 = 5
    [InlineData("2", "2")] // 5 − 1.5 × 2 = 2
    [InlineData("3", "0.5")] // 5 − 1.5 × 3 = 0.5
    [InlineData("4", "0")] // 5 − 1.5 × 4 = −1, floored at 0
    [InlineData("10", "0")] // 5 − 1.5 × 10 = −10, floored at 0
    public void Deducts_per_count_never_below_zero(string count, string points)
    {
        _method.Score(Counted(count), 5m).RawPoints.Should().Be(D(points));
    }

    [Fact]
    public void Refuses_an_enormous_count_and_scores_zero_at_the_largest_one_allowed()
    {
        // 10^28 is beyond FigureLimits.MaxValue (10^12), so it is refused before it is scored;
        // at 10^12 itself, 5 − 10 × 10^12 is far below 0 → 0.
        var tenPerCount = new DeductionMethod(10m);
        var enormous = new IndicatorEvidence { Count = 10_000_000_000_000_000_000_000_000_000m };
        var largest = new IndicatorEvidence { Count = 1_000_000_000_000m };

        tenPerCount.CheckEvidence(enormous, 5m).Should().Equal(
            new Problem("count", "10000000000000000000000000000 is beyond ±1000000000000, the largest figure FriendlyGov scores with (FigureLimits.MaxValue)"));
        tenPerCount.CheckEvidence(largest, 5m).Should().BeEmpty();
        tenPerCount.Score(largest, 5m).RawPoints.Should().Be(0m);
    }

    [Fact]
    public void Shows_the_deduction_floored_at_zero()
    {
        var working = _method.Score(Counted("4"), 5m).Working;

        working.En.Should().Be("4 counted: max(0, 5 − 1.5 × 4) = 0");
        working.Vi.Should().Be("4 lần: max(0; 5 − 1,5 × 4) = 0");
    }

    [Theory]
    [InlineData("-1", "-1 is not a whole number ≥ 0")]
    [InlineData("1.5", "1.5 is not a whole number ≥ 0")]
    public void Rejects_a_count_that_is_not_a_whole_number_of_at_least_zero(string count, string message)
    {
        _method.CheckEvidence(Counted(count), 5m).Should().Equal(new Problem("count", message));
    }

    [Fact]
    public void Accepts_a_count_of_zero()
    {
        _method.CheckEvidence(Counted("0"), 5m).Should().BeEmpty();
    }

    [Fact]
    public void Requires_a_count()
    {
        _method.CheckEvidence(new IndicatorEvidence(), 5m)
            .Should().Equal(new Problem("", "'count' is required by method 'deduction'"));
    }

    [Fact]
    public void Describes_the_deduction_per_occurrence()
    {
        _method.Describe().Should().Be(new LocalizedText("trừ 1,5 điểm mỗi lần", "deduct 1.5 per occurrence"));
    }
}
