using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Domain.Tests.Conduct;

public sealed class ConductCodeTests
{
    [Fact]
    public void Weighs_a_breach_by_its_rules_severity_with_the_default_weights()
    {
        var code = ConductFixtures.Code();

        code.WeightOf("4X.1").Should().Be(1m);
        code.WeightOf("5K.1").Should().Be(3m);
        code.WeightOf("5K.3").Should().Be(10m);
    }

    [Fact]
    public void Uses_the_weights_the_code_sets_and_the_defaults_for_the_others()
    {
        var code = new ConductCode("c", "1", new("Mã", "Code"),
            [new ConductRuleGroup("G", new("Nhóm", "Group"), [new ConductRule("A", new("a", "a"), Severity.Minor), new ConductRule("B", new("b", "b"), Severity.Grave)])],
            new Dictionary<Severity, decimal> { [Severity.Minor] = 2m });

        code.WeightOf("A").Should().Be(2m);
        code.WeightOf("B").Should().Be(10m);
    }

    [Theory]
    [InlineData("4X.*", true)]
    [InlineData("4X.2", true)]
    [InlineData("5K*", true)]
    [InlineData("4L.*", false)]
    [InlineData("4X", false)]
    public void Tells_whether_a_pattern_names_any_rule(string pattern, bool expected) =>
        ConductFixtures.Code().HasRuleMatching(pattern).Should().Be(expected);

    [Fact]
    public void Finds_the_group_of_a_rule() =>
        ConductFixtures.Code().GroupOf("5K.3").Id.Should().Be("5K");

    [Fact]
    public void Refuses_duplicate_rule_and_group_ids_and_non_positive_weights_all_at_once()
    {
        var act = () => new ConductCode("c", "1", new("Mã", "Code"),
            [
                new ConductRuleGroup("G", new("Nhóm", "Group"), [new ConductRule("A", new("a", "a"), Severity.Minor)]),
                new ConductRuleGroup("G", new("Nhóm", "Group"), [new ConductRule("A", new("a", "a"), Severity.Minor)]),
            ],
            new Dictionary<Severity, decimal> { [Severity.Serious] = 0m });

        act.Should().Throw<InvalidInputException>().Which.Problems.Select(p => p.ToString()).Should().BeEquivalentTo(
            "severities.serious: 0 is not > 0",
            "groups[1].id: 'G' is a duplicate group id",
            "groups[1].rules[0].id: 'A' is a duplicate rule id");
    }
}
