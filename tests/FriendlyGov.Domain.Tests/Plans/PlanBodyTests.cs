using FriendlyGov.Domain.Plans;
using static FriendlyGov.Domain.Tests.Plans.PlanFixtures;

namespace FriendlyGov.Domain.Tests.Plans;

public sealed class PlanBodyTests
{
    [Theory]
    [InlineData("BDV-TU", true)]
    [InlineData("1", true)]
    [InlineData("M1.2", true)]
    [InlineData("-BDV", false)]
    [InlineData("BDV TU", false)]
    [InlineData("BCSĐ", false)]
    [InlineData("", false)]
    public void Knows_the_form_of_a_code(string code, bool valid) => PlanBody.IsCode(code).Should().Be(valid);

    [Fact]
    public void Refuses_a_code_of_another_form()
    {
        var make = () => new PlanBody("Ban Dân vận", Text("Ban Dân vận"));

        make.Should().Throw<ArgumentException>().WithMessage("'Ban Dân vận' is not a code: use letters, digits and inner '-' or '.', such as BDV-TU.*");
    }
}
