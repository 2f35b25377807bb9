using FriendlyGov.Domain.Criteria;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Criteria;

public sealed class CriterionGroupTests
{
    [Fact]
    public void Needs_at_least_one_criterion()
    {
        ProblemsOf(() => new CriterionGroup("G1", Title("empty"), []))
            .Should().Equal(new Problem("criteria", "a group needs at least one criterion"));
    }

    [Fact]
    public void Is_worth_the_sum_of_its_criteria()
    {
        var group = Group("G1", Criterion("G1.1", Check("a", 2m), Check("b", 3m)), Criterion("G1.2", Check("c", 4.25m)));

        // (2 + 3) + 4.25 = 9.25
        group.MaxPoints.Should().Be(9.25m);
        group.Indicators.Select(i => i.Id).Should().Equal("a", "b", "c");
    }
}
