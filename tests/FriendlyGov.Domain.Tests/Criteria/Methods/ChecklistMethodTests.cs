using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class ChecklistMethodTests
{
    // Items a 1, b 2, c 2: they add up to 5.
    private readonly ChecklistMethod _method = new([new("a", 1m), new("b", 2m), new("c", 2m)]);

    private static IndicatorEvidence Items(params string[] ids) => new() { Items = ids };

    [Fact]
    public void Needs_at_least_one_item()
    {
        ProblemsOf(() => new ChecklistMethod([]))
            .Should().Equal(new Problem("items", "a checklist needs at least one item"));
    }

    [Fact]
    public void Rejects_a_duplicate_item_id()
    {
        ProblemsOf(() => new ChecklistMethod([new("a", 1m), new("b", 1m), new("a", 2m)]))
            .Should().Equal(new Problem("items[2].id", "'a' is a duplicate item id"));
    }

    [Theory]
    [InlineData("0", "0 is not > 0")]
    [InlineData("-1.5", "-1.5 is not > 0")]
    public void Rejects_an_item_worth_nothing_or_less(string points, string message)
    {
        ProblemsOf(() => new ChecklistMethod([new("a", 1m), new("b", D(points))]))
            .Should().Equal(new Problem("items[1].points", message));
    }

    [Fact]
    public void Reports_every_problem_with_its_items_at_once()
    {
        ProblemsOf(() => new ChecklistMethod([new("a", 0m), new("a", 1m)]))
            .Should().Equal(
                new Problem("items[0].points", "0 is not > 0"),
                new Problem("items[1].id", "'a' is a duplicate item id"));
    }

    [Fact]
    public void Does_not_fit_an_indicator_whose_maximum_its_items_do_not_add_up_to()
    {
        // 1 + 2 + 2 = 5, not 6
        _method.CheckFits(6m).Should().Equal(new Problem("items", "the items add up to 5, not to the indicator's maxPoints 6"));
        _method.CheckFits(5m).Should().BeEmpty();
    }

    [Fact]
    public void Scores_zero_when_no_item_is_met()
    {
        var result = _method.Score(Items(), 5m);

        result.RawPoints.Should().Be(0m);
        result.Working.En.Should().Be("no item met: 0");
        result.Working.Vi.Should().Be("không mục nào đạt: 0");
    }

    [Fact]
    public void Scores_the_sum_of_the_items_met()
    {
        var result = _method.Score(Items("c", "a"), 5m);

        // a 1 + c 2 = 3, listed in the checklist's order
        result.RawPoints.Should().Be(3m);
        result.Working.En.Should().Be("items met a 1 + c 2 = 3");
        result.Working.Vi.Should().Be("các mục đạt a 1 + c 2 = 3");
    }

    [Fact]
    public void Scores_the_maximum_when_every_item_is_met()
    {
        // 1 + 2 + 2 = 5
        _method.Score(Items("a", "b", "c"), 5m).RawPoints.Should().Be(5m);
    }

    [Fact]
    public void Writes_fractional_item_points_with_a_comma_in_vietnamese()
    {
        var halves = new ChecklistMethod([new("a", 0.5m), new("b", 1.25m)]);

        // 0.5 + 1.25 = 1.75
        halves.Score(Items("a", "b"), 1.75m).Working.Vi.Should().Be("các mục đạt a 0,5 + b 1,25 = 1,75");
    }

    [Fact]
    public void Requires_items()
    {
        _method.CheckEvidence(new IndicatorEvidence(), 5m)
            .Should().Equal(new Problem("", "'items' is required by method 'checklist'"));
    }

    [Fact]
    public void Rejects_an_item_that_is_not_on_the_checklist()
    {
        _method.CheckEvidence(Items("a", "zz"), 5m)
            .Should().Equal(new Problem("items[1]", "'zz' is not an item of this checklist; its items are a, b, c"));
    }

    [Fact]
    public void Rejects_an_item_listed_twice()
    {
        _method.CheckEvidence(Items("b", "a", "b"), 5m)
            .Should().Equal(new Problem("items[2]", "'b' is listed twice"));
    }

    [Fact]
    public void Accepts_no_items_met()
    {
        _method.CheckEvidence(Items(), 5m).Should().BeEmpty();
    }

    [Fact]
    public void Describes_itself_with_its_number_of_items()
    {
        _method.Describe().Should().Be(new LocalizedText("danh mục 3 mục", "checklist of 3 items"));
    }
}
