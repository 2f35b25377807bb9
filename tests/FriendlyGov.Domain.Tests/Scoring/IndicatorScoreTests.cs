using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Domain.Tests.Scoring;

public sealed class IndicatorScoreTests
{
    /// <summary>
    /// The explanation is written once, on the first read, and every copy shares it: a copy made
    /// with <c>with</c> before the first read (which copied the old struct's empty slot, so each copy
    /// wrote its own) reads the same text without writing it again.
    /// </summary>
    [Fact]
    public void An_explanation_is_written_once_and_shared_by_every_copy_of_the_score()
    {
        var writes = 0;
        var score = new IndicatorScore(
            new Indicator("G1.1.1", new LocalizedText("Chỉ tiêu", "Indicator"), 3m, new PointsMethod()),
            3m,
            EvidenceSource.Self,
            3m,
            null,
            () =>
            {
                writes++;
                return new LocalizedText("3 điểm", "3 points");
            });
        var copy = score with { Points = 2m };

        copy.Explanation.Should().BeSameAs(score.Explanation);
        score.Explanation.En.Should().Be("3 points");
        writes.Should().Be(1);
    }
}
