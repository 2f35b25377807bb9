using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class ImportMethodTests
{
    // An index on 100 (such as the PAR Index), on an indicator worth 10 points.
    private readonly ImportMethod _method = new(100m);

    private static IndicatorEvidence Index(string value) => new() { Value = D(value) };

    [Theory]
    [InlineData("0", "0 is not > 0")]
    [InlineData("-5", "-5 is not > 0")]
    public void Rejects_a_scale_maximum_that_is_not_above_zero(string scaleMax, string message)
    {
        ProblemsOf(() => new ImportMethod(D(scaleMax))).Should().Equal(new Problem("scaleMax", message));
    }

    [Theory]
    [InlineData("0", "0")] // 10 × 0 / 100
    [InlineData("83.5", "8.35")] // 10 × 83.5 / 100 = 835 / 100
    [InlineData("100", "10")] // 10 × 100 / 100
    public void Scales_the_index_to_the_indicator_maximum(string value, string points)
    {
        _method.Score(Index(value), 10m).RawPoints.Should().Be(D(points));
    }

    [Fact]
    public void Shows_the_arithmetic()
    {
        var working = _method.Score(Index("83.5"), 10m).Working;

        working.En.Should().Be("index 83.5/100: 10 × 83.5 / 100 = 8.35");
        working.Vi.Should().Be("chỉ số 83,5/100: 10 × 83,5 / 100 = 8,35");
    }

    [Theory]
    [InlineData("100.5", "100.5 is outside [0, 100]")]
    [InlineData("-1", "-1 is outside [0, 100]")]
    public void Rejects_a_value_outside_the_scale(string value, string message)
    {
        _method.CheckEvidence(Index(value), 10m).Should().Equal(new Problem("value", message));
    }

    [Fact]
    public void Requires_a_value()
    {
        _method.CheckEvidence(new IndicatorEvidence(), 10m)
            .Should().Equal(new Problem("", "'value' is required by method 'import'"));
    }

    [Fact]
    public void Describes_its_scale()
    {
        _method.Describe().Should().Be(new LocalizedText("chỉ số nhập trên thang 100", "imported index on a scale of 100"));
    }
}
