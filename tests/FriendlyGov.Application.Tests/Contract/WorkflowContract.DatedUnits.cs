using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct.GetConductSummary;
using FriendlyGov.Application.Disclosures.GetDisclosureSummary;
using FriendlyGov.Application.Disclosures.RecordDisclosure;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Feedback;
using FriendlyGov.Application.Feedback.GetFeedbackSummary;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Sessions.GetSessionSummary;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// A code names the unit that existed on the request's day, never the code's latest form. 26041 was
/// Phường Quyết Thắng (Đồng Nai) until 30 June 2025 and is Phường Trấn Biên from 1 July 2025; where
/// the tests put the 2025 form in Bình Dương, that is invented, to stand for the codes whose new
/// unit lies in another province after the reform.
/// </summary>
public abstract partial class WorkflowContract
{
    private static readonly LocalDate FirstDayOfTranBien = new(2025, 7, 1);

    /// <summary>The QR page and portal of Bình Dương.</summary>
    private static Actor FeedbackPortalOfBinhDuong { get; } = new("feedback-portal-binh-duong", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, "Bình Dương");

    /// <summary>
    /// The reproduction: the portal of Đồng Nai records a rating for 26041 dated 2024, when 26041 was
    /// Quyết Thắng in Đồng Nai; its 2025 form lies in Bình Dương. It used to be decided on the latest
    /// form (Bình Dương) and refused; the portal of Bình Dương was let in instead.
    /// </summary>
    [Fact]
    public async Task A_rating_dated_before_the_reform_is_decided_by_the_province_of_the_unit_that_existed_that_day()
    {
        await RegisterTranBienIn("Bình Dương");
        var in2024 = new LocalDate(2024, 5, 2);

        var recorded = await SendAs(FeedbackPortal, Rating(DongNai.QuyetThang, in2024, FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));
        var elsewhere = () => SendAs(FeedbackPortalOfBinhDuong, Rating(DongNai.QuyetThang, in2024, FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));

        (await Stored<CitizenFeedback>(recorded.FeedbackId)).UnitCode.Should().Be(DongNai.QuyetThang);
        (await elsewhere.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(FeedbackAuthorization.CollectorInScope);
        (await StoredCount<CitizenFeedback>()).Should().Be(1);
    }

    /// <summary>The opposite: a rating dated after the reform is the 2025 unit's, so only Bình Dương's portal records it.</summary>
    [Fact]
    public async Task A_rating_dated_after_the_reform_is_decided_by_the_province_of_the_new_unit()
    {
        await RegisterTranBienIn("Bình Dương");
        Clock.Reset(At(2025, 9, 1, 9, 0));
        var in2025 = new LocalDate(2025, 8, 15);

        var refused = () => SendAs(FeedbackPortal, Rating(DongNai.QuyetThang, in2025, FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));
        await SendAs(FeedbackPortalOfBinhDuong, Rating(DongNai.QuyetThang, in2025, FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));

        (await refused.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(FeedbackAuthorization.CollectorInScope);
        (await StoredCount<CitizenFeedback>()).Should().Be(1);
    }

    /// <summary>
    /// A province administrator registers an official whose posting began in 2024 in a unit of their
    /// province, although the code's 2025 unit is in another province; and not one posted there after the reform.
    /// </summary>
    [Fact]
    public async Task An_officials_posting_is_decided_by_the_unit_that_existed_on_its_first_day()
    {
        await RegisterTranBienIn("Bình Dương");

        await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-101", "Cán bộ CB-101", DongNai.QuyetThang, OfficialRole.Head, new LocalDate(2024, 3, 1)));
        var afterReform = () => SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-102", "Cán bộ CB-102", DongNai.QuyetThang, OfficialRole.Head, FirstDayOfTranBien));
        var beforeReform = () => SendAs(Actors.AdministratorOfBinhDuong, new RegisterOfficial(Guid.NewGuid(), "CB-103", "Cán bộ CB-103", DongNai.QuyetThang, OfficialRole.Head, new LocalDate(2024, 3, 1)));
        await SendAs(Actors.AdministratorOfBinhDuong, new RegisterOfficial(Guid.NewGuid(), "CB-104", "Cán bộ CB-104", DongNai.QuyetThang, OfficialRole.Head, FirstDayOfTranBien));

        (await afterReform.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ProvinceAdministrator);
        (await beforeReform.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ProvinceAdministrator);
        (await StoredCount<Official>()).Should().Be(2, "CB-101 in Đồng Nai's 2024 unit and CB-104 in Bình Dương's 2025 unit");
    }

    /// <summary>A day on which no unit had the code is refused, naming the code, the day and every unit the code has named.</summary>
    [Fact]
    public async Task A_day_on_which_no_unit_had_the_code_is_refused_naming_the_units_it_has_named()
    {
        await RegisterTranBienIn(DongNai.Province);

        var beforeAny = () => SendAs(FeedbackPortal, Rating(DongNai.QuyetThang, new LocalDate(2019, 12, 31), FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));
        var summary = () => SendAs(Actors.Administrator, new GetFeedbackSummary(DongNai.QuyetThang, "2019"));

        var expected = "No unit 26041 existed on 2019-12-31; the code names Phường Quyết Thắng (2020-01-01 to 2025-06-30) and Phường Trấn Biên (2025-07-01 to now).";
        (await beforeAny.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Be(expected);
        (await summary.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Be(expected, "a summary is of the unit that existed on the period's last day");
        (await StoredCount<CitizenFeedback>()).Should().Be(0);
    }

    /// <summary>
    /// Ratings recorded under 26041 before 1 July 2025 were Quyết Thắng's and do not count for Trấn
    /// Biên's 2025 round (on the 2024 framework, whose G5.1.1 and G5.1.2 measure ratings).
    /// Quyết Thắng, 2025-03-01: official 1, smile 1. Trấn Biên, 2025-08-15: official 5, smile 4;
    /// 2025-10-20: official 4, smile 4.
    /// Trấn Biên's: official (5 + 4) / 2 = 4.5: G5.1.2 = 5 × (4.5 − 1) / 4 = 4.375 → 4.38;
    /// smile (4 + 4) / 2 = 4: G5.1.1 = 8 × (4 − 1) / 4 = 6.
    /// Counting Quyết Thắng's too would give official 10 / 3 = 3.33 → 2.91 and smile 9 / 3 = 3 → 4.
    /// </summary>
    [Fact]
    public async Task Ratings_recorded_before_a_units_first_day_do_not_count_for_it()
    {
        await RegisterTranBienIn(DongNai.Province);
        Clock.Reset(At(2025, 3, 2, 9, 0));
        await SendAs(FeedbackPortal, Rating(DongNai.QuyetThang, new LocalDate(2025, 3, 1), FeedbackChannel.Kiosk, [3, 3, 1, 3, 3, 1]));
        Clock.Reset(At(2026, 1, 10, 9, 0));
        await SendAs(FeedbackPortal, Rating(DongNai.QuyetThang, new LocalDate(2025, 8, 15), FeedbackChannel.QrCode, [5, 5, 5, 5, 5, 4]));
        await SendAs(FeedbackPortal, Rating(DongNai.QuyetThang, new LocalDate(2025, 10, 20), FeedbackChannel.OnlinePortal, [4, 4, 4, 4, 4, 4]));
        var round = await SendAs(Actors.Administrator, new OpenRound(
            Guid.NewGuid(), DongNai.Framework, "2025", DongNai.Province, [DongNai.QuyetThang], new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28)));

        var card = await SendAs(Actors.Administrator, new GetLiveScorecard(round, DongNai.QuyetThang));
        var tranBien = await SendAs(Actors.Administrator, new GetFeedbackSummary(DongNai.QuyetThang, "2025"));
        var quyetThang = await SendAs(Actors.Administrator, new GetFeedbackSummary(DongNai.QuyetThang, "2025-H1"));

        card.Indicators["G5.1.2"].Should().Be(4.38m);
        card.Indicators["G5.1.1"].Should().Be(6m);
        card.Explanations["G5.1.2"].En.Should().Contain(
            "2 ratings summing to 9, average 4.5 (to 2 decimals), unit 26041, period 2025, counted from 2025-07-01 to 2025-12-31, while the unit existed");
        (tranBien.Count, tranBien.Of(FeedbackAspect.Official).Sum, tranBien.Of(FeedbackAspect.Official).Average).Should().Be((2, 9, 4.5m));
        (quyetThang.Count, quyetThang.Of(FeedbackAspect.Official).Sum).Should().Be((1, 1), "Quyết Thắng's own half-year holds its one rating");
    }

    /// <summary>
    /// An observation about an official posted to 26041 since 2024 belongs to the unit of its day: Đồng
    /// Nai's appraiser records one of 2024 alone and in bulk, Bình Dương's is refused.
    /// </summary>
    [Fact]
    public async Task An_observation_is_decided_by_the_unit_where_the_official_served_that_day()
    {
        await RegisterTranBienIn("Bình Dương");
        await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-101", "Cán bộ CB-101", DongNai.QuyetThang, OfficialRole.Staff, new LocalDate(2020, 1, 1)));
        var in2024 = new LocalDate(2024, 5, 10);
        ObservationInput Row(LocalDate on, string reference) => new("CB-101", "4X.2", on, ObservationSource.CitizenReport, reference, "Phản ánh của người dân về 4X.2");

        await Observe("CB-101", "4X.2", in2024, "PA-2024-101");
        var inBulk = await SendAs(Actors.Appraiser, new RecordObservationsInBulk(Guid.NewGuid(), [Row(in2024, "PA-2024-102")]));
        var elsewhere = () => SendAs(Actors.AppraiserOfBinhDuong, new RecordObservationsInBulk(Guid.NewGuid(), [Row(in2024, "PA-2024-103")]));

        inBulk.Should().Be(new BulkResult(1, 0));
        (await elsewhere.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ConductDecider);
        (await StoredCount<ConductObservation>()).Should().Be(2);
    }

    /// <summary>
    /// A province's conduct summary counts an observation under a reused code only when the unit the
    /// code named on its day was the province's. CB-101 served in 26041 from 2020 (Quyết Thắng, Đồng
    /// Nai, until 30 June 2025; Trấn Biên, Bình Dương, after): 4X.2 on 2025-05-10 is Đồng Nai's, 4L.1 on
    /// 2025-08-12 Bình Dương's. Each province's 2025 row for 26041: 1 reported, 0 confirmed, 0
    /// dismissed, 1 pending, 0 overdue (today 2025-08-20; overdue after 30 days pending).
    /// </summary>
    [Fact]
    public async Task A_provinces_conduct_summary_counts_only_what_happened_in_its_units_on_their_days()
    {
        await RegisterTranBienIn("Bình Dương");
        await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-101", "Cán bộ CB-101", DongNai.QuyetThang, OfficialRole.Staff, new LocalDate(2020, 1, 1)));
        Clock.Reset(At(2025, 8, 20, 9, 0));
        await Observe("CB-101", "4X.2", new LocalDate(2025, 5, 10), "PA-2025-101");
        await SendAs(Actors.AppraiserOfBinhDuong, new RecordObservation(
            Guid.NewGuid(), "CB-101", "4L.1", new LocalDate(2025, 8, 12), ObservationSource.CitizenReport, "PA-2025-102", "Phản ánh của người dân về 4L.1"));

        var dongNai = await SendAs(Actors.Appraiser, new GetConductSummary(DongNai.Province, "2025", ConductGrouping.Unit));
        var binhDuong = await SendAs(Actors.AppraiserOfBinhDuong, new GetConductSummary("Bình Dương", "2025", ConductGrouping.Unit));

        var one = new ConductTally(1, 0, 0, 1, 0);
        var none = new ConductTally(0, 0, 0, 0, 0);
        dongNai.Should().Equal(new ConductSummaryRow(DongNai.QuyetThang, one, none));
        binhDuong.Should().Equal(new ConductSummaryRow(DongNai.QuyetThang, one, none));
    }

    /// <summary>
    /// Trấn Biên's 2025 sessions and disclosures are those made under 26041 from 1 July (today 1
    /// October 2025). Sessions chaired by head CB-101 (posted to 26041 since 2020): 5 March (Quyết
    /// Thắng's), 6 August and 3 September (Trấn Biên's). Trấn Biên: months July to December, 0, 1, 1,
    /// 0, 0, 0: 2 held, both by the head. The yearly items fall due on 31 January and 31 March, before
    /// Trấn Biên existed, so none is required of it in 2025; Quyết Thắng's first half requires both:
    /// the socio-economic plan posted 15 January to 20 February (37 days, on time) is met, the land
    /// fund plan, never posted, is missing.
    /// </summary>
    [Fact]
    public async Task A_new_units_sessions_and_disclosures_are_those_made_from_its_first_day()
    {
        await RegisterTranBienIn(DongNai.Province);
        await SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-101", "Cán bộ CB-101", DongNai.QuyetThang, OfficialRole.Head, new LocalDate(2020, 1, 1)));
        Clock.Reset(At(2025, 10, 1, 9, 0));
        var officer = Actors.OfficerOf(DongNai.QuyetThang);
        foreach (var day in new[] { new LocalDate(2025, 3, 5), new LocalDate(2025, 8, 6), new LocalDate(2025, 9, 3) })
            await SendAs(officer, new HoldSession(Guid.NewGuid(), DongNai.QuyetThang, day, "CB-101", 40, []));
        await SendAs(officer, new RecordDisclosure(
            Guid.NewGuid(), DongNai.QuyetThang, "A11.1-socio-economic-plan", new LocalDate(2025, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2025, 1, 15), new LocalDate(2025, 2, 20)));

        var sessions = await SendAs(officer, new GetSessionSummary(DongNai.QuyetThang, "2025"));
        var disclosures = await SendAs(officer, new GetDisclosureSummary(DongNai.QuyetThang, "2025"));
        var firstHalf = await SendAs(officer, new GetDisclosureSummary(DongNai.QuyetThang, "2025-H1"));

        sessions.PerMonth.Select(m => (m.Month.Month, m.Sessions)).Should().Equal((7, 0), (8, 1), (9, 1), (10, 0), (11, 0), (12, 0));
        (sessions.Held, sessions.ChairedByHead).Should().Be((2, new Domain.Share(2, 2)));
        disclosures.Required.Should().BeEmpty();
        firstHalf.Required.Select(r => (r.ItemId, r.Status)).Should().Equal(
            ("A11.1-socio-economic-plan", DisclosureStatus.Met), ("A11.3-land-fund-plan", DisclosureStatus.Missing));
    }

    /// <summary>Dossier counts for a period are the unit's that existed on its last day: none of Tân Phong's for 2025, which it did not live to the end of.</summary>
    [Fact]
    public async Task Dossier_counts_for_a_period_whose_last_day_no_unit_of_the_code_saw_are_refused_naming_the_row()
    {
        await RegisterUnits();

        var send = () => SendAs(DossierImporter, DossierImport(DossierRow(2, DongNai.TanPhong, "2024", 1, 1, 0, 0, 0, 0), DossierRow(3, DongNai.TanPhong, "2025", 1, 1, 0, 0, 0, 0)));

        (await send.Should().ThrowAsync<ValidationException>()).Which.Problems.Select(p => p.ToString()).Should().Equal(
            "row 3, column unitCode: no unit 25996 existed on 2025-12-31; the code names Phường Tân Phong (2020-01-01 to 2025-06-30)");
        (await StoredCount<DossierStatistics>()).Should().Be(0, "all or nothing");
    }

    /// <summary>Registers the test's Đồng Nai units (Quyết Thắng until 2025-06-30) and Phường Trấn Biên, 26041 from 2025-07-01, in <paramref name="province"/>.</summary>
    private async Task RegisterTranBienIn(string province)
    {
        await RegisterUnits();
        var administrator = province == DongNai.Province ? Actors.Administrator : Actors.AdministratorOfBinhDuong;
        await SendAs(administrator, new RegisterUnits(Guid.NewGuid(), [new UnitRegistration(DongNai.QuyetThang, UnitKind.Ward, "Phường Trấn Biên", province, FirstDayOfTranBien)]));
    }
}
