using FriendlyGov.Domain.Criteria;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Criteria;

public sealed class CriterionTests
{
    [Fact]
    public void Needs_at_least_one_indicator()
    {
        ProblemsOf(() => new Criterion("G1.1", Title("empty"), []))
            .Should().Equal(new Problem("indicators", "a criterion needs at least one indicator"));
    }

    [Fact]
    public void Is_worth_the_sum_of_its_indicators()
    {
        // 2 + 3.5 = 5.5
        Criterion("G1.1", Check("a", 2m), Check("b", 3.5m)).MaxPoints.Should().Be(5.5m);
    }
}
