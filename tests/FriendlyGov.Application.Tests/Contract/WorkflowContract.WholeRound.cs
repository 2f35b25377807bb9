using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// Five Đồng Nai units from registration to the published ranking, through IMediator only.
    /// Every unit records the full marks of <see cref="FullMarks"/> (100 points, see there), except:
    /// <list type="bullet">
    /// <item>Phường Tân Phong 25996 adds 2 recognized initiatives: B1 bands → 3.5; 100 + 3.5 = 103.5, excellent.</item>
    /// <item>Xã Bình Lộc 26089 settles 90% of dossiers on time: G3.1.1 = 8 × (0.9 − 0.8) / (1 − 0.8) = 4; 100 − 8 + 4 = 96, excellent.</item>
    /// <item>Thị trấn Tân Phú 26116 self-assesses the full 100, but the appraiser finds its digital
    /// transformation index is 20, not 100: G1.2.2 = 5 × 20 / 100 = 1 counts instead of 5; 100 − 4 = 96, excellent.</item>
    /// <item>Xã Tà Lài 26131 gives no evidence for G1.2.2: it scores 0 and is missing; 100 − 5 = 95, excellent.</item>
    /// <item>Xã Phước An 26503 scores 100, but a staff official's “5 không” 5K.3 breach is confirmed: cap C2
    /// (any confirmed 5K.3 or 5K.5) lowers the rating to unsatisfactory. The breach touches neither
    /// G4.2.2 (counts the head only) nor G5.3.1 (counts SMILE, 4X, 4L only), so the total stays 100.</item>
    /// </list>
    /// Ranking by rating, then total: 25996 (1); 26089 and 26116 tie at 96 (2, 2, listed by code);
    /// 26131 (4); 26503 last whatever its total, as unsatisfactory (5).
    /// </summary>
    [Fact]
    public async Task A_whole_round_for_five_units_ends_in_the_ranking_worked_out_by_hand()
    {
        string[] units = [DongNai.TanPhong, DongNai.BinhLoc, DongNai.TanPhu, DongNai.TaLai, DongNai.PhuocAn];
        var roundId = await OpenRound(units);
        await RegisterOfficial("CB-031", DongNai.PhuocAn, OfficialRole.Staff);

        // Self-assessment, by each unit's own officer.
        Clock.Reset(At(2025, 1, 15, 10, 0));
        await RecordSelf(roundId, DongNai.TanPhong, FullMarks.Except(new Dictionary<string, IndicatorEvidence> { ["B1"] = new() { Value = 2m } }));
        await RecordSelf(roundId, DongNai.BinhLoc, FullMarks.Except(new Dictionary<string, IndicatorEvidence> { ["G3.1.1"] = new() { Value = 0.9m } }));
        await RecordSelf(roundId, DongNai.TanPhu, FullMarks.All);
        await RecordSelf(roundId, DongNai.TaLai, FullMarks.Except(null, "G1.2.2"));
        await RecordSelf(roundId, DongNai.PhuocAn, FullMarks.All);

        (await SendAs(Actors.OfficerOf(DongNai.TanPhu), new GetLiveScorecard(roundId, DongNai.TanPhu))).Total
            .Should().Be(100m, "self-assessed full marks are 92 + 8 for the two conduct indicators");

        Clock.Reset(At(2025, 1, 20, 14, 0));
        foreach (var unit in units) (await Submit(roundId, unit)).Late.Should().BeFalse("20 January is before the 31 January deadline");

        // Appraisal, by an appraiser of the province who belongs to none of the units.
        Clock.Reset(At(2025, 2, 5, 9, 0));
        foreach (var unit in units)
        {
            await StartAppraisal(roundId, unit);
            var appraised = unit == DongNai.TanPhu ? new IndicatorEvidence { Value = 20m } : new IndicatorEvidence { Value = 100m };
            if (unit != DongNai.TaLai) await RecordAppraised(roundId, unit, "G1.2.2", appraised);
        }

        var observation = await Observe("CB-031", "5K.3", new LocalDate(2024, 8, 14), "TTr-2024-088");
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Thanh tra xác minh đúng"));
        foreach (var unit in units) await CompleteAppraisal(roundId, unit);

        // Finalization, by the province administrator.
        Clock.Reset(At(2025, 3, 3, 10, 0));
        foreach (var unit in units) await Finalize(roundId, unit);

        var ranking = await SendAs(Actors.Administrator, new GetRanking(roundId));
        ranking.Should().Equal(
            new RankingRow(1, DongNai.TanPhong, "Phường Tân Phong", UnitKind.Ward, 103.5m, "excellent"),
            new RankingRow(2, DongNai.BinhLoc, "Xã Bình Lộc", UnitKind.Commune, 96m, "excellent"),
            new RankingRow(2, DongNai.TanPhu, "Thị trấn Tân Phú", UnitKind.Township, 96m, "excellent"),
            new RankingRow(4, DongNai.TaLai, "Xã Tà Lài", UnitKind.Commune, 95m, "excellent"),
            new RankingRow(5, DongNai.PhuocAn, "Xã Phước An", UnitKind.Commune, 100m, "unsatisfactory"));

        // The communes alone, ranked among themselves: 96, 95, then the capped 100.
        (await SendAs(Actors.OfficerOf(DongNai.TaLai), new GetRanking(roundId, UnitKind.Commune))).Select(r => (r.Rank, r.UnitCode))
            .Should().Equal((1, DongNai.BinhLoc), (2, DongNai.TaLai), (3, DongNai.PhuocAn));

        var tanPhu = await SendAs(Actors.OfficerOf(DongNai.TanPhu), new GetFinalScorecard(roundId, DongNai.TanPhu));
        tanPhu!.Indicators["G1.2.2"].Should().Be(1m, "the appraised 20 of 100 counts instead of the self-assessed 100");
        tanPhu.Groups.Should().Equal(new Dictionary<string, decimal> { ["G1"] = 16m, ["G2"] = 15m, ["G3"] = 25m, ["G4"] = 15m, ["G5"] = 25m });
        tanPhu.Missing.Should().Equal("B1");
        tanPhu.Caps.Should().BeEmpty();

        var taLai = await SendAs(Actors.Appraiser, new GetFinalScorecard(roundId, DongNai.TaLai));
        taLai!.Missing.Should().Equal("G1.2.2", "B1");

        var phuocAn = await SendAs(Actors.Appraiser, new GetFinalScorecard(roundId, DongNai.PhuocAn));
        phuocAn.Should().BeEquivalentTo(new { Total = 100m, BandRating = "excellent", Rating = "unsatisfactory", RatingRank = 3, Caps = new[] { "C2" } });
        phuocAn!.Indicators["G4.2.2"].Should().Be(3m);
        phuocAn.Indicators["G5.3.1"].Should().Be(5m);

        // The audit trail of Tân Phú: 20 self-assessed figures, the submission, the appraisal's
        // start, one appraised figure and its end, then the finalization: 25 entries.
        var assessmentId = (await StoredAssessment(roundId, DongNai.TanPhu)).Id;
        var trail = await AuditTrail(roundId, DongNai.TanPhu);
        trail.Select(e => (e.Action, e.Actor, e.At)).Should().Equal(
        [
            .. Enumerable.Repeat(("RecordEvidence", "officer-26116", At(2025, 1, 15, 10, 0)), 20),
            ("SubmitSelfAssessment", "officer-26116", At(2025, 1, 20, 14, 0)),
            ("StartAppraisal", "appraiser-dong-nai", At(2025, 2, 5, 9, 0)),
            ("RecordEvidence", "appraiser-dong-nai", At(2025, 2, 5, 9, 0)),
            ("CompleteAppraisal", "appraiser-dong-nai", At(2025, 2, 5, 9, 0)),
            ("FinalizeAssessment", "admin-dong-nai", At(2025, 3, 3, 10, 0)),
        ]);
        trail.Should().OnlyContain(e => e.Subject == $"assessment/{assessmentId}");
        trail[0].Summary.Should().Contain("G1.1.1").And.Contain("26116");
        trail[22].Summary.Should().Contain("appraisal").And.Contain("G1.2.2");
        trail[^1].Summary.Should().Contain("96").And.Contain("excellent");

        Notifications.Of<AssessmentFinalized>().Select(n => (n.UnitCode, n.Total, n.Rating)).Should().Equal(
            (DongNai.TanPhong, 103.5m, "excellent"), (DongNai.BinhLoc, 96m, "excellent"), (DongNai.TanPhu, 96m, "excellent"),
            (DongNai.TaLai, 95m, "excellent"), (DongNai.PhuocAn, 100m, "unsatisfactory"));
        Notifications.Of<RatingCapped>().Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { UnitCode = DongNai.PhuocAn, BandRating = "excellent", Rating = "unsatisfactory", Caps = new[] { "C2" } });
        Notifications.Of<ConductBreachConfirmed>().Should().ContainSingle()
            .Which.Should().Be(new ConductBreachConfirmed(observation.ObservationId, "CB-031", DongNai.PhuocAn, "5K.3", new LocalDate(2024, 8, 14)));
    }
}
