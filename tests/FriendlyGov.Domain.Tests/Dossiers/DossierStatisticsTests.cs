using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Dossiers;

public sealed class DossierStatisticsTests
{
    private static readonly Instant First = Instant.FromUtc(2024, 4, 5, 2, 0);
    private static readonly Instant Second = Instant.FromUtc(2024, 4, 9, 2, 0);

    [Fact]
    public void Revising_with_other_counts_replaces_them_and_says_who()
    {
        var statistics = new DossierStatistics("25996", AssessmentPeriod.Parse("2024-Q1"), new DossierCounts(10, 8, 1, 0, 1, 6), "importer", First);

        statistics.Revise(new DossierCounts(11, 8, 1, 0, 2, 6), "admin", Second).Should().BeTrue();

        statistics.Counts.Should().Be(new DossierCounts(11, 8, 1, 0, 2, 6));
        (statistics.RecordedBy, statistics.RecordedAt, statistics.Version).Should().Be(("admin", Second, 1));
    }

    [Fact]
    public void Revising_with_the_same_counts_changes_nothing()
    {
        var statistics = new DossierStatistics("25996", AssessmentPeriod.Parse("2024-Q1"), new DossierCounts(10, 8, 1, 0, 1, 6), "importer", First);

        statistics.Revise(new DossierCounts(10, 8, 1, 0, 1, 6), "admin", Second).Should().BeFalse();

        (statistics.RecordedBy, statistics.RecordedAt, statistics.Version).Should().Be(("importer", First, 0));
    }
}
