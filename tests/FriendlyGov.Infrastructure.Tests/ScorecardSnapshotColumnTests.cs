using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Infrastructure.Persistence;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The final scorecard is one JSON column on every provider: a snapshot FriendlyGov 0.1.0 wrote,
/// without self-assessed and appraised points, cap reasons, hashes or evidence, reads as before with
/// those empty, so no schema migration is needed.
/// </summary>
public sealed class ScorecardSnapshotColumnTests
{
    // The column as 0.1.0 wrote it for a unit with one group, one indicator and cap C2.
    private const string WrittenBy010 = """
        {"Framework":"dongnai-friendly-government@2024.1","UnitCode":"26503","UnitName":"Xã Phước An","Period":"2024","Total":100,"Rating":"unsatisfactory","RatingRank":3,"BandRating":"excellent","Bonus":0,"Groups":{"G1":20},"Indicators":{"G1.1.1":5},"Caps":["C2"],"Missing":[],"Explanations":{"G1.1.1":{"Vi":"5/5 điểm.","En":"5 of 5 points."}}}
        """;

    [Fact]
    public void A_snapshot_kept_by_the_first_version_reads_with_its_figures_and_the_new_fields_empty()
    {
        var snapshot = JsonColumns.Converter<ScorecardSnapshot?>().ConvertFromProvider(WrittenBy010) as ScorecardSnapshot;

        snapshot.Should().NotBeNull();
        (snapshot!.UnitCode, snapshot.Total, snapshot.Rating, snapshot.BandRating).Should().Be(("26503", 100m, "unsatisfactory", "excellent"));
        snapshot.Indicators.Should().Equal(new Dictionary<string, decimal> { ["G1.1.1"] = 5m });
        snapshot.Caps.Should().Equal("C2");
        snapshot.Explanations["G1.1.1"].Should().Be(new LocalizedText("5/5 điểm.", "5 of 5 points."));
        (snapshot.IndicatorDetails, snapshot.CapReasons, snapshot.FrameworkSha256, snapshot.EvidenceSha256, snapshot.CountedEvidence, snapshot.FinalizedBy, snapshot.FinalizedAt)
            .Should().Be((null, null, null, null, null, null, null));
        snapshot.KeepsDetails.Should().BeFalse();
    }

    [Fact]
    public void A_snapshot_with_the_whole_record_survives_the_column_unchanged()
    {
        var kept = (JsonColumns.Converter<ScorecardSnapshot?>().ConvertFromProvider(WrittenBy010) as ScorecardSnapshot)! with
        {
            IndicatorDetails = new Dictionary<string, SnapshotIndicator> { ["G1.1.1"] = new(5m, 4m, Domain.Evidence.EvidenceSource.Appraisal, null) },
            CapReasons = new Dictionary<string, LocalizedText> { ["C2"] = new("1 vi phạm", "1 breach") },
            FrameworkSha256 = new string('a', 64),
            FinalizedBy = "admin-dong-nai",
            FinalizedAt = NodaTime.Instant.FromUtc(2025, 3, 3, 3, 0),
        };
        var converter = JsonColumns.Converter<ScorecardSnapshot?>();

        var read = (converter.ConvertFromProvider(converter.ConvertToProvider(kept)) as ScorecardSnapshot)!;

        read.IndicatorDetails!["G1.1.1"].Should().Be(new SnapshotIndicator(5m, 4m, Domain.Evidence.EvidenceSource.Appraisal, null));
        read.IndicatorDetails["G1.1.1"].Difference.Should().Be(-1m, "4 − 5");
        read.CapReasons!["C2"].Should().Be(new LocalizedText("1 vi phạm", "1 breach"));
        (read.FrameworkSha256, read.FinalizedBy, read.FinalizedAt).Should().Be((new string('a', 64), "admin-dong-nai", NodaTime.Instant.FromUtc(2025, 3, 3, 3, 0)));
        read.KeepsDetails.Should().BeTrue();
    }
}
