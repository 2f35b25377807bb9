using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Rounds.GetRoundResult;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Frameworks;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// Thị trấn Tân Phú 26116 self-assesses full marks (100, see <see cref="FullMarks"/>); the
    /// appraiser finds its digital transformation index is 20, not 100: G1.2.2 = 5 × 20 / 100 = 1
    /// counts instead of 5 × 100 / 100 = 5, a difference of 1 − 5 = −4; total 96, excellent.
    /// Xã Phước An 26503 scores 100, but a staff official's 5K.3 breach is confirmed: cap C2 rates it
    /// unsatisfactory. Both are finalized on 3 March 2025 at 10:00 Vietnam time (03:00 UTC).
    /// </summary>
    private async Task<Guid> FinalizedTanPhuAndPhuocAn()
    {
        string[] units = [DongNai.TanPhu, DongNai.PhuocAn];
        var roundId = await OpenRound(units);
        await RegisterOfficial("CB-031", DongNai.PhuocAn, OfficialRole.Staff);
        Clock.Reset(At(2025, 1, 15, 10, 0));
        foreach (var unit in units) await RecordSelf(roundId, unit, FullMarks.All);
        foreach (var unit in units) await Submit(roundId, unit);
        Clock.Reset(At(2025, 2, 5, 9, 0));
        foreach (var unit in units) await StartAppraisal(roundId, unit);
        await RecordAppraised(roundId, DongNai.TanPhu, "G1.2.2", new IndicatorEvidence { Value = 20m });
        var observation = await Observe("CB-031", "5K.3", new LocalDate(2024, 8, 14), "TTr-2024-088");
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Thanh tra xác minh đúng"));
        foreach (var unit in units) await CompleteAppraisal(roundId, unit);
        Clock.Reset(At(2025, 3, 3, 10, 0));
        foreach (var unit in units) await Finalize(roundId, unit);
        return roundId;
    }

    [Fact]
    public async Task The_final_scorecard_keeps_self_and_appraised_points_cap_reasons_hashes_the_evidence_and_who_finalized()
    {
        var roundId = await FinalizedTanPhuAndPhuocAn();

        var tanPhu = (await SendAs(Actors.OfficerOf(DongNai.TanPhu), new GetFinalScorecard(roundId, DongNai.TanPhu)))!;
        var phuocAn = (await SendAs(Actors.Appraiser, new GetFinalScorecard(roundId, DongNai.PhuocAn)))!;

        tanPhu.IndicatorDetails!["G1.2.2"].Should().Be(new SnapshotIndicator(5m, 1m, EvidenceSource.Appraisal, null));
        tanPhu.IndicatorDetails["G1.2.2"].Difference.Should().Be(-4m);
        tanPhu.IndicatorDetails["G1.1.1"].Should().Be(new SnapshotIndicator(5m, null, EvidenceSource.Self, null));
        tanPhu.IndicatorDetails["G4.2.2"].Counted.Should().Be(EvidenceSource.Derived, "a conduct indicator is derived from observations");
        tanPhu.IndicatorDetails["B1"].Counted.Should().BeNull("B1 has no evidence: it is missing");
        tanPhu.CapReasons.Should().BeEmpty();
        tanPhu.KeepsDetails.Should().BeTrue();
        phuocAn.CapReasons!.Keys.Should().Equal("C2");
        phuocAn.CapReasons["C2"].En.Should().Contain("5K.3 by CB-031 (staff) on 2024-08-14");

        tanPhu.FinalizedBy.Should().Be(Actors.Administrator.Id);
        tanPhu.FinalizedAt.Should().Be(At(2025, 3, 3, 10, 0));
        tanPhu.FrameworkSha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(FrameworkWriter.WriteCanonical(BuiltInFrameworks.DongNai2024))));
        tanPhu.EvidenceSha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tanPhu.CountedEvidence!))));
        var counted = CountedEvidence.Read(Encoding.UTF8.GetBytes(tanPhu.CountedEvidence!), "counted", BuiltInFrameworks.DongNai2024);
        counted.Appraised.Should().Equal(new Dictionary<string, IndicatorEvidence> { ["G1.2.2"] = new() { Value = 20m } });
        counted.SelfAssessed.Should().HaveCount(FullMarks.All.Count);
        var phuocAnCounted = CountedEvidence.Read(Encoding.UTF8.GetBytes(phuocAn.CountedEvidence!), "counted", BuiltInFrameworks.DongNai2024);
        phuocAnCounted.Conduct.Should().ContainSingle().Which.Should().Be(new ConductBreach("5K.3", "CB-031", OfficialRole.Staff, ObservationStatus.Confirmed, new LocalDate(2024, 8, 14)));
    }

    [Fact]
    public async Task A_rounds_result_bundle_scores_again_to_its_published_figures_and_ranking()
    {
        var roundId = await FinalizedTanPhuAndPhuocAn();

        // An officer of a unit in the round may read it, as they may read the ranking.
        var bundle = await SendAs(Actors.OfficerOf(DongNai.TanPhu), new GetRoundResult(roundId));
        var read = ResultBundleReader.Read(ResultBundleWriter.Write(bundle), "result.json");

        var verification = ResultVerifier.Verify(read);
        verification.Differences.Should().BeEmpty("both units score again to what was published");
        verification.Units.Should().Be(2);
        read.Ranking.Should().Equal(
            new PublishedRank(1, DongNai.TanPhu, "Thị trấn Tân Phú", 96m, "excellent"),
            new PublishedRank(2, DongNai.PhuocAn, "Xã Phước An", 100m, "unsatisfactory"));
        (read.RoundId, read.Province, read.Period).Should().Be((roundId, DongNai.Province, "2024"));
        read.Units.Select(u => (u.Scorecard.UnitCode, u.Scorecard.FinalizedBy, u.Scorecard.FinalizedAt))
            .Should().Equal((DongNai.TanPhu, Actors.Administrator.Id, At(2025, 3, 3, 10, 0)), (DongNai.PhuocAn, Actors.Administrator.Id, At(2025, 3, 3, 10, 0)));
    }

    [Fact]
    public async Task A_figure_changed_in_a_published_bundle_is_named_against_the_recomputed_one()
    {
        var roundId = await FinalizedTanPhuAndPhuocAn();
        var json = JsonNode.Parse(ResultBundleWriter.Write(await SendAs(Actors.Administrator, new GetRoundResult(roundId))))!;

        // Publishing the self-assessed 5 for G1.2.2 instead of the appraised 1 that counted.
        json["units"]![0]!["scorecard"]!["indicators"]!["G1.2.2"]!["points"] = 5;
        var verification = ResultVerifier.Verify(ResultBundleReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), "result.json"));

        verification.Differences.Should().Equal("26116: G1.2.2 published 5, recomputed 1");
    }

    [Fact]
    public async Task No_one_outside_the_province_or_the_round_reads_its_result_bundle()
    {
        var roundId = await FinalizedTanPhuAndPhuocAn();

        var act = () => SendAs(Actors.AdministratorOfBinhDuong, new GetRoundResult(roundId));

        (await act.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
    }
}
