using FriendlyGov.Domain.Criteria.Caps;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Caps;

/// <summary>
/// The condition on its own; whether it holds for a scored unit is in
/// <c>Scoring/ScoringEngineCapTests</c>.
/// </summary>
public sealed class GroupShareBelowTests
{
    [Theory]
    [InlineData("0", "0 is outside (0, 1]")]
    [InlineData("-0.5", "-0.5 is outside (0, 1]")]
    [InlineData("1.5", "1.5 is outside (0, 1]")]
    public void Rejects_a_share_outside_zero_exclusive_to_one(string share, string message)
    {
        ProblemsOf(() => new GroupShareBelow(D(share))).Should().Equal(new Problem("groupShareBelow", message));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("1")]
    public void Accepts_a_share_up_to_one(string share)
    {
        new GroupShareBelow(D(share)).Share.Should().Be(D(share));
    }

    [Fact]
    public void Describes_the_share_as_a_percentage()
    {
        // 0.5 × 100 = 50
        new GroupShareBelow(0.5m).Describe().Should().Be(new LocalizedText(
            "có nhóm tiêu chí đạt dưới 50% điểm tối đa",
            "some group scored below 50% of its maximum"));
    }
}
