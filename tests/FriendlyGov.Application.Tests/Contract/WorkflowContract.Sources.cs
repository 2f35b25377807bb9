using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Feedback;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// Phường Tân Phong's 2024 data, recorded through the workflow (today 10 January 2025), feeds the
    /// indicators of dongnai-friendly-government@2024.1 that name a source:
    /// dossiers 100 received, 85 on time, 5 late, 4 overdue, 6 pending, 60 online;
    /// sessions S1 5 Oct (head; A due 20 Oct resolved 18 Oct, B due 30 Nov resolved 28 Nov),
    /// S2 2 Nov (staff; C due 15 Dec, open), S3 7 Dec (head; D due 31 Jan 2025, open);
    /// ratings official 5, 5, 4 and "Office smile" 5, 4, 4;
    /// disclosures of both yearly items on time and for 37 and 46 days.
    /// </summary>
    [Fact]
    public async Task Recorded_data_feeds_the_indicators_that_name_it_as_their_source()
    {
        await RegisterTanPhongOfficials();
        var roundId = await OpenRound([DongNai.TanPhong]);
        await SendAs(DossierImporter, DossierImport(DossierRow(2, DongNai.TanPhong, "2024", 100, 85, 5, 4, 6, 60)));
        var s1 = await HoldSession(new LocalDate(2024, 10, 5), "CB-017",
            new SessionIssue("Đèn chiếu sáng hẻm 45 bị hỏng", new LocalDate(2024, 10, 20)), new SessionIssue("Rác thải tại chợ Tân Phong", new LocalDate(2024, 11, 30)));
        await HoldSession(new LocalDate(2024, 11, 2), "CB-021", new SessionIssue("Ngập nước đường Nguyễn Ái Quốc", new LocalDate(2024, 12, 15)));
        await HoldSession(new LocalDate(2024, 12, 7), "CB-017", new SessionIssue("Sân chơi thiếu nhi", new LocalDate(2025, 1, 31)));
        await Resolve(s1, 1, new LocalDate(2024, 10, 18));
        await Resolve(s1, 2, new LocalDate(2024, 11, 28));
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2024, 3, 4), FeedbackChannel.QrCode, [5, 5, 5, 5, 5, 5]));
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2024, 6, 11), FeedbackChannel.Kiosk, [4, 4, 5, 4, 4, 4]));
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2024, 9, 20), FeedbackChannel.OnlinePortal, [4, 4, 4, 4, 4, 4]));
        await Disclose("A11.1-socio-economic-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 1, 15), new LocalDate(2024, 2, 20));
        await Disclose("A11.3-land-fund-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 15));

        var card = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetLiveScorecard(roundId, DongNai.TanPhong));

        // G1.1.2 both yearly items met: check met, 5. G1.2.1 online 60/100 = 0.6: 5 × (0.6 − 0.3) / 0.5 = 3.
        // G3.1.1 on time 85/90: 8 × (85 − 72) / 18 = 5.777… → 5.78. G3.2.1 3 sessions: band from 1, 1.
        // G3.2.2 A and B in time, C late, D not due in 2024: 2/3: 5 × (2 − 1.5) / 1.35 = 1.851… → 1.85.
        // G4.1.1 head chaired 2/3: 5 × (2 − 1.5) / 1.2 = 2.083… → 2.08.
        // G5.1.1 smile 5 + 4 + 4 = 13, 4.33 to 2 decimals: 8 × 3.33 / 4 = 6.66.
        // G5.1.2 official 5 + 5 + 4 = 14, 4.67: 5 × 3.67 / 4 = 4.5875 → 4.59.
        card.Indicators["G1.1.2"].Should().Be(5m);
        card.Indicators["G1.2.1"].Should().Be(3m);
        card.Indicators["G3.1.1"].Should().Be(5.78m);
        card.Indicators["G3.2.1"].Should().Be(1m);
        card.Indicators["G3.2.2"].Should().Be(1.85m);
        card.Indicators["G4.1.1"].Should().Be(2.08m);
        card.Indicators["G5.1.1"].Should().Be(6.66m);
        card.Indicators["G5.1.2"].Should().Be(4.59m);
        card.Total.Should().Be(5m + 3m + 5.78m + 1m + 1.85m + 2.08m + 6.66m + 4.59m + 3m + 5m, "the eight measured indicators, and the conduct indicators G4.2.2 (3) and G5.3.1 (5) with no confirmed breach");
        card.Missing.Should().NotContain(["G1.1.2", "G1.2.1", "G3.1.1", "G3.2.1", "G3.2.2", "G4.1.1", "G5.1.1", "G5.1.2"]);

        card.Explanations["G3.1.1"].En.Should().Contain(
            "From recorded data (dossiers.onTimeShare): 100 dossiers received: 85 resolved on time, 5 late, 4 overdue, 6 pending; 60 filed online; unit 25996, period 2024; ratio 85/90");
        card.Explanations["G5.1.1"].En.Should().Contain(
            "From recorded data (feedback.average (office-smile)): 3 ratings summing to 13, average 4.33 (to 2 decimals), unit 25996, period 2024");
        card.Explanations["G4.1.1"].En.Should().Contain("the head chaired 2 of 3 sessions, unit 25996, period 2024");
        card.Explanations["G3.2.2"].En.Should().Contain("2 of 3 issues due were resolved by their deadline, unit 25996, period 2024, as of 2025-01-10");
        card.Explanations["G1.1.2"].En.Should().Contain("2 of 2 items required by vn-grassroots-democracy-2022@2022.1 were disclosed on time and for long enough");
        card.Explanations["G1.1.2"].Vi.Should().Contain("Từ dữ liệu ghi nhận (disclosures.allOnTime)");
    }

    [Fact]
    public async Task Evidence_entered_by_hand_counts_before_recorded_data_and_no_data_leaves_an_indicator_missing()
    {
        await RegisterUnits();
        var roundId = await OpenRound([DongNai.TanPhong]);
        await SendAs(DossierImporter, DossierImport(DossierRow(2, DongNai.TanPhong, "2024", 100, 85, 5, 4, 6, 60)));
        await RecordSelf(roundId, DongNai.TanPhong, "G1.2.1", new IndicatorEvidence { Value = 0.8m });

        var card = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetLiveScorecard(roundId, DongNai.TanPhong));

        // Self-assessed 0.8 reaches the target: 5, not the measured 60/100 (3).
        card.Indicators["G1.2.1"].Should().Be(5m);
        card.Explanations["G1.2.1"].En.Should().Contain("Self-assessed").And.NotContain("recorded data");
        card.Indicators["G3.1.1"].Should().Be(5.78m, "85/90 measured from the dossiers");
        card.Missing.Should().Contain(["G3.2.1", "G5.1.1", "G1.1.2"], "no session, rating or disclosure was recorded");
    }
}
