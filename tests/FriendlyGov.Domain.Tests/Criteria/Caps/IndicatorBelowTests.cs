using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;

namespace FriendlyGov.Domain.Tests.Criteria.Caps;

/// <summary>
/// The condition on its own; whether it holds for a scored unit is in
/// <c>Scoring/ScoringEngineCapTests</c>.
/// </summary>
public sealed class IndicatorBelowTests
{
    private static FrameworkOutline Outline(params string[] indicatorIds) =>
        new(new HashSet<string>(indicatorIds, StringComparer.Ordinal), new HashSet<string>(["G1"], StringComparer.Ordinal), null);

    [Fact]
    public void Fits_a_framework_that_has_the_indicator()
    {
        new IndicatorBelow("G1.1.1", 1m).CheckFits(Outline("G1.1.1", "G1.1.2")).Should().BeEmpty();
    }

    [Fact]
    public void Does_not_fit_a_framework_without_the_indicator()
    {
        new IndicatorBelow("G9", 1m).CheckFits(Outline("G1.1.1"))
            .Should().Equal(new Problem("indicatorBelow.indicator", "'G9' is not an indicator of this framework"));
    }

    [Fact]
    public void Describes_the_indicator_and_its_points()
    {
        new IndicatorBelow("G1.1.1", 2.5m).Describe().Should().Be(new LocalizedText(
            "tiêu chí G1.1.1 đạt dưới 2,5 điểm",
            "indicator G1.1.1 scored below 2.5 points"));
    }
}
