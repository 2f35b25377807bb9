namespace FriendlyGov.Domain.Tests;

public sealed class DomainRuleExceptionTests
{
    [Fact]
    public void Keeps_the_rule_and_problems_it_was_built_from_and_joins_them_in_its_message()
    {
        var refusal = new DomainRuleException(DomainRules.MilestoneOnce, [new Problem("milestoneId", "M1 was completed on 2024-07-30"), new Problem(string.Empty, "a milestone is completed once")]);

        refusal.Rule.Should().Be("milestone-once");
        refusal.Problems.Should().Equal(new Problem("milestoneId", "M1 was completed on 2024-07-30"), new Problem(string.Empty, "a milestone is completed once"));
        refusal.Message.Should().Be("milestoneId: M1 was completed on 2024-07-30; a milestone is completed once");
    }

    [Fact]
    public void A_refusal_with_one_message_is_one_problem_about_the_whole_change()
    {
        var refusal = new DomainRuleException(DomainRules.PostingOrder, "a move must start after the current posting");

        refusal.Problems.Should().ContainSingle().Which.Should().Be(new Problem(string.Empty, "a move must start after the current posting"));
        refusal.Message.Should().Be("a move must start after the current posting");
    }

    [Fact]
    public void A_refusal_without_a_problem_is_a_programming_error()
    {
        var build = () => new DomainRuleException(DomainRules.PostingOrder, Array.Empty<Problem>());

        build.Should().Throw<ArgumentException>();
    }
}
