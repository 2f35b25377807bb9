using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class BandsMethodTests
{
    // From 2: 1 point; from 4: 3 points; from 6: 5 points.
    private readonly BandsMethod _method = new([new(2m, 1m), new(4m, 3m), new(6m, 5m)]);

    [Fact]
    public void Needs_at_least_one_band()
    {
        ProblemsOf(() => new BandsMethod([])).Should().Equal(new Problem("bands", "at least one band is required"));
    }

    [Theory]
    [InlineData("4", "2", "2 is not above the previous band's min 4: bands go in strictly ascending min")]
    [InlineData("2", "2", "2 is not above the previous band's min 2: bands go in strictly ascending min")]
    public void Rejects_bands_not_in_strictly_ascending_min(string first, string second, string message)
    {
        ProblemsOf(() => new BandsMethod([new(D(first), 1m), new(D(second), 3m)]))
            .Should().Equal(new Problem("bands[1].min", message));
    }

    [Fact]
    public void Rejects_a_band_worth_less_than_nothing()
    {
        ProblemsOf(() => new BandsMethod([new(0m, -1m)])).Should().Equal(new Problem("bands[0].points", "-1 is not ≥ 0"));
    }

    [Fact]
    public void Accepts_a_band_worth_nothing()
    {
        new BandsMethod([new(0m, 0m), new(1m, 2m)]).Bands.Should().HaveCount(2);
    }

    [Fact]
    public void Does_not_fit_an_indicator_whose_maximum_a_band_exceeds()
    {
        _method.CheckFits(4m).Should().Equal(new Problem("bands[2].points", "5 is above the indicator's maxPoints 4"));
        _method.CheckFits(5m).Should().BeEmpty();
    }

    [Theory]
    [InlineData("-3", "0")] // below the lowest band
    [InlineData("1.99", "0")] // just below the lowest band
    [InlineData("2", "1")] // exactly at the lowest min
    [InlineData("3.5", "1")] // between 2 and 4
    [InlineData("4", "3")] // exactly at a min
    [InlineData("5.99", "3")] // just below the next min
    [InlineData("6", "5")] // exactly at the highest min
    [InlineData("100", "5")] // far above the highest min
    public void Scores_the_points_of_the_highest_band_at_or_below_the_value(string value, string points)
    {
        _method.Score(new IndicatorEvidence { Value = D(value) }, 5m).RawPoints.Should().Be(D(points));
    }

    [Fact]
    public void Says_which_band_the_value_is_in()
    {
        var working = _method.Score(new IndicatorEvidence { Value = 4.5m }, 5m).Working;

        working.En.Should().Be("value 4.5 in the band from 4: 3");
        working.Vi.Should().Be("giá trị 4,5 thuộc mức từ 4: 3");
    }

    [Fact]
    public void Says_when_the_value_is_below_every_band()
    {
        var working = _method.Score(new IndicatorEvidence { Value = 1.5m }, 5m).Working;

        working.En.Should().Be("value 1.5 below the lowest band 2: 0");
        working.Vi.Should().Be("giá trị 1,5 dưới mức thấp nhất 2: 0");
    }

    [Fact]
    public void Requires_a_value()
    {
        _method.CheckEvidence(new IndicatorEvidence(), 5m)
            .Should().Equal(new Problem("", "'value' is required by method 'bands'"));
    }

    [Fact]
    public void Rejects_a_count_given_instead_of_a_value()
    {
        _method.CheckEvidence(new IndicatorEvidence { Count = 4m }, 5m).Should().Equal(
            new Problem("count", "'count' is not used by method 'bands'; it reads 'value'"),
            new Problem("", "'value' is required by method 'bands'"));
    }

    [Fact]
    public void Describes_its_bands()
    {
        _method.Describe().Should().Be(new LocalizedText(
            "theo mức: từ 2: 1; từ 4: 3; từ 6: 5",
            "bands: from 2: 1; from 4: 3; from 6: 5"));
    }
}
