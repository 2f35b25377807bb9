using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria;

public sealed class IndicatorTests
{
    [Theory]
    [InlineData("0", "0 is not > 0")]
    [InlineData("-2", "-2 is not > 0")]
    public void Rejects_a_maximum_that_is_not_above_zero(string maxPoints, string message)
    {
        ProblemsOf(() => new Indicator("G1.1.1", TestFrameworks.Title("x"), D(maxPoints), new CheckMethod()))
            .Should().Equal(new Problem("maxPoints", message));
    }

    [Fact]
    public void Rejects_a_checklist_whose_items_do_not_add_up_to_its_maximum()
    {
        var checklist = new ChecklistMethod([new("a", 1m), new("b", 2m)]);

        // 1 + 2 = 3, not 4
        ProblemsOf(() => new Indicator("G1.1.1", TestFrameworks.Title("x"), 4m, checklist))
            .Should().Equal(new Problem("method.items", "the items add up to 3, not to the indicator's maxPoints 4"));
    }

    [Fact]
    public void Rejects_a_band_worth_more_than_its_maximum()
    {
        var bands = new BandsMethod([new(1m, 2m), new(5m, 6m)]);

        ProblemsOf(() => new Indicator("G1.1.1", TestFrameworks.Title("x"), 5m, bands))
            .Should().Equal(new Problem("method.bands[1].points", "6 is above the indicator's maxPoints 5"));
    }

    [Fact]
    public void Keeps_its_maximum_and_method()
    {
        var method = new RatioMethod(0.5m, 0.95m);
        var indicator = new Indicator("G1.1.1", TestFrameworks.Title("dossiers on time"), 5m, method);

        indicator.MaxPoints.Should().Be(5m);
        indicator.Method.Should().BeSameAs(method);
        indicator.ToString().Should().Be("G1.1.1 dossiers on time (5)");
    }
}
