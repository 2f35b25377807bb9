using System.Text;
using System.Text.Json.Nodes;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;
using NodaTime;

namespace FriendlyGov.Frameworks.Tests.Results;

/// <summary>
/// A result bundle of the five sample evidence files: written, read back and verified from nothing
/// but itself, and every kind of change to it named.
/// </summary>
public sealed class ResultBundleTests
{
    private static ResultVerification VerifyChanged(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(ResultBundleWriter.Write(SampleResults.Bundle()))!;
        change(json);
        return ResultVerifier.Verify(ResultBundleReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), "result.json"));
    }

    private static JsonNode Unit(JsonNode bundle, string code) =>
        bundle["units"]!.AsArray().Single(u => (string?)u!["unitCode"] == code)!;

    [Fact]
    public void A_bundle_read_back_from_its_file_verifies_every_unit_and_the_ranking()
    {
        var bytes = ResultBundleWriter.Write(SampleResults.Bundle());

        var bundle = ResultBundleReader.Read(bytes, "result.json");
        var verification = ResultVerifier.Verify(bundle);

        verification.Differences.Should().BeEmpty();
        verification.Units.Should().Be(5, "samples/evidence holds five units");
        ResultBundleWriter.Write(bundle).Should().Equal(bytes, "reading and writing again gives the same bytes");
        bundle.Units[0].Scorecard.FinalizedBy.Should().Be("admin-dongnai");
        bundle.Units[0].Scorecard.FinalizedAt.Should().Be(Instant.FromUtc(2025, 3, 3, 3, 0));
    }

    /// <summary>
    /// Xã Bình Lộc settled 1,520 of 1,528 dossiers on time; G3.1.1 is a ratio from 0.8 to 1 worth 8:
    /// 8 × (1520/1528 − 0.8) / 0.2 = 8 × 0.97382… = 7.7906 → 7.79. Publishing 7.8 is caught.
    /// </summary>
    [Fact]
    public void A_changed_indicator_figure_is_named_with_its_unit_and_both_values()
    {
        var verification = VerifyChanged(b => Unit(b, "26089")["scorecard"]!["indicators"]!["G3.1.1"]!["points"] = 7.8m);

        verification.Differences.Should().Equal("26089: G3.1.1 published 7.8, recomputed 7.79");
    }

    [Fact]
    public void A_changed_total_is_named_and_so_is_the_ranking_row_that_shows_it()
    {
        // The bundle's G3 and total stay as scored; only the published total says 1 more.
        var verification = VerifyChanged(b =>
        {
            var card = Unit(b, "26089")["scorecard"]!;
            card["total"] = (decimal)card["total"]! + 1m;
        });

        verification.Differences[0].Should().StartWith("26089: total published ");
    }

    /// <summary>
    /// 1,440 of 1,528 on time instead of 1,520: 8 × (1440/1528 − 0.8) / 0.2 = 8 × 0.71204… = 5.6963 → 5.7,
    /// so both the evidence's hash and the indicator's figure differ.
    /// </summary>
    [Fact]
    public void A_changed_evidence_value_breaks_the_evidence_hash_and_the_figures_it_scores()
    {
        var verification = VerifyChanged(b => Unit(b, "26089")["evidence"]!["indicators"]!["G3.1.1"]!["numerator"] = 1440);

        verification.Differences[0].Should().StartWith("26089: evidenceSha256 published ");
        verification.Differences.Should().Contain("26089: G3.1.1 published 7.79, recomputed 5.7");
    }

    [Fact]
    public void A_changed_note_that_scores_nothing_still_breaks_the_evidence_hash()
    {
        var verification = VerifyChanged(b => Unit(b, "26089")["evidence"]!["indicators"]!["G1.2.2"]!["note"] = "Sửa lại");

        verification.Differences.Should().ContainSingle().Which.Should().StartWith("26089: evidenceSha256 published ");
    }

    [Fact]
    public void A_changed_framework_breaks_its_hash_in_the_bundle_and_in_every_scorecard()
    {
        var verification = VerifyChanged(b => b["framework"]!["ratings"]![0]!["title"]!["en"] = "Outstanding");

        verification.Differences[0].Should().StartWith("framework: frameworkSha256 published ");
        verification.Differences.Where(d => d.Contains(": frameworkSha256 published ", StringComparison.Ordinal)).Should().HaveCount(6, "the bundle's own and each of the five scorecards'");
    }

    [Fact]
    public void Swapped_ranking_rows_are_named_by_their_place()
    {
        var verification = VerifyChanged(b =>
        {
            var ranking = b["ranking"]!.AsArray();
            var first = ranking[0]!.DeepClone();
            ranking[0] = ranking[1]!.DeepClone();
            ranking[1] = first;
        });

        // Phường Tân Phong ranks first and Xã Bình Lộc second (README's sample ranking).
        verification.Differences.Should().HaveCount(2);
        verification.Differences[0].Should().StartWith("ranking[0]: published 2. 26089 Xã Bình Lộc ").And.Contain(", recomputed 1. 25996 Phường Tân Phong ");
    }

    [Fact]
    public void A_figure_measured_from_recorded_data_is_kept_and_scored_again()
    {
        // Xã Bình Lộc's dossiers on time measured from the one-stop system instead of typed in:
        // 1,520 of 1,528 is 7.79 as above, counted as derived from dossiers.onTimeShare.
        var framework = BuiltInFrameworks.DongNai2024;
        var typed = new FrameworkLoader().LoadEvidence(RepositoryRoot.Combine("samples", "evidence", "26089-xa-binh-loc.json")).Evidence;
        framework.TryGetIndicator("G3.1.1", out var indicator).Should().BeTrue();
        var evidence = typed with
        {
            SelfAssessed = typed.SelfAssessed.Where(e => e.Key != "G3.1.1").ToDictionary(),
            Measured = new Dictionary<string, Measurement> { ["G3.1.1"] = new(indicator.DataSource!, 1520m, 1528m, new LocalizedText("1520 trên 1528 hồ sơ", "1520 of 1528 dossiers")) },
        };
        var unit = SampleResults.Published(new ScoringEngine(framework).Score(evidence));
        var bundle = ResultBundle.Of(Guid.NewGuid(), "Đồng Nai", "2024", framework, [unit], [new PublishedRank(1, "26089", "Xã Bình Lộc", unit.Scorecard.Total, unit.Scorecard.Rating)]);

        var read = ResultBundleReader.Read(ResultBundleWriter.Write(bundle), "result.json");

        ResultVerifier.Verify(read).Differences.Should().BeEmpty();
        read.Units[0].Scorecard.Indicators["G3.1.1"].Should().Be(7.79m);
        read.Units[0].Scorecard.IndicatorDetails!["G3.1.1"].Should().Be(new SnapshotIndicator(null, null, EvidenceSource.Derived, "dossiers.onTimeShare"));
        read.Units[0].Evidence.Measured["G3.1.1"].Should().Be(evidence.Measured["G3.1.1"]);
    }

    [Fact]
    public void A_file_that_is_not_a_bundle_is_refused_with_its_place()
    {
        var act = () => ResultBundleReader.Read("""{ "format": "friendlygov.result/1", "round": { "id": "x", "province": "Đồng Nai", "period": "2024" } }"""u8.ToArray(), "result.json");

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Contain("result.json: $.round.id: 'x' is not a round id (a GUID)");
    }
}
