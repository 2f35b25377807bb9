using System.Text;
using FriendlyGov.Application.Assessments.GetAssessment;
using FriendlyGov.Application.Audit;
using FriendlyGov.Application.Audit.GetProvinceAuditTrail;
using FriendlyGov.Application.Audit.GetRoundAuditTrail;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>What an outside app reads through <see cref="IMediator"/> alone: an assessment as it stands, a round's and a province's audit trail.</summary>
public abstract partial class WorkflowContract
{
    /// <summary>"Đồng Nai" with its letters decomposed (NFD), as some sign-ins send it: Đ has no decomposition, but "ồ" becomes o + circumflex + grave.</summary>
    private static readonly string DongNaiDecomposed = DongNai.Province.Normalize(NormalizationForm.FormD);

    /// <summary>
    /// Tân Phong records G3.1.1 = 0.9 at 09:00 (02:00 UTC) on 10 January 2025, submits, the
    /// appraiser starts and records 0.8 at 09:30 (02:30 UTC): four saved changes, so version 4, and
    /// both entries, each with who recorded it and when.
    /// </summary>
    [Fact]
    public async Task An_assessment_reads_with_its_state_version_and_every_evidence_entry_with_who_and_when()
    {
        var round = await OpenRound([DongNai.TanPhong]);
        await RecordSelf(round, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.9m });
        await Submit(round, DongNai.TanPhong);
        await StartAppraisal(round, DongNai.TanPhong);
        Clock.Advance(Duration.FromMinutes(30));
        await RecordAppraised(round, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.8m });

        var details = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetAssessment(round, DongNai.TanPhong));

        (details.RoundId, details.UnitCode, details.State, details.Version, details.SubmittedAt, details.SubmittedLate, details.FinalizedAt, details.Appeals)
            .Should().Be((round, DongNai.TanPhong, AssessmentState.UnderAppraisal, 4, Instant.FromUtc(2025, 1, 10, 2, 0), false, (Instant?)null, 0));
        details.Id.Should().Be((await StoredAssessment(round, DongNai.TanPhong)).Id);
        details.Evidence.Select(e => (e.IndicatorId, e.Source, e.Evidence.Value, e.By, e.At)).Should().Equal(
            ("G3.1.1", EvidenceSource.Self, 0.9m, "officer-25996", Instant.FromUtc(2025, 1, 10, 2, 0)),
            ("G3.1.1", EvidenceSource.Appraisal, 0.8m, "appraiser-dong-nai", Instant.FromUtc(2025, 1, 10, 2, 30)));
    }

    [Fact]
    public async Task An_officer_of_another_unit_may_not_read_an_assessment()
    {
        var round = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);

        var read = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new GetAssessment(round, DongNai.TanPhong));

        (await read.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
    }

    /// <summary>
    /// The 2024 round of Tân Phong and Bình Lộc: opened (round/…), two self-assessed entries and
    /// one submission (assessment/…): four entries, read two at a time. The units' registration and
    /// a 2023 round of Tân Phong are not the round's and stay out. Four entries in pages of two:
    /// the second page is full but the last, so it says no page follows.
    /// </summary>
    [Fact]
    public async Task A_rounds_audit_trail_reads_page_by_page_and_holds_only_the_round_and_its_assessments()
    {
        var round = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        var other = await OpenRound([DongNai.TanPhong], "2023");
        await RecordSelf(round, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.9m });
        await RecordSelf(other, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.5m });
        await RecordSelf(round, DongNai.BinhLoc, "G3.1.1", new IndicatorEvidence { Value = 1m });
        await Submit(round, DongNai.TanPhong);
        var tanPhong = $"assessment/{(await StoredAssessment(round, DongNai.TanPhong)).Id}";
        var binhLoc = $"assessment/{(await StoredAssessment(round, DongNai.BinhLoc)).Id}";

        var first = await SendAs(Actors.Appraiser, new GetRoundAuditTrail(round, PageSize: 2));
        var second = await SendAs(Actors.Appraiser, new GetRoundAuditTrail(round, first.NextAfterSequence ?? -1, 2));

        first.Entries.Select(e => (e.Action, e.Subject)).Should().Equal(("OpenRound", $"round/{round}"), ("RecordEvidence", tanPhong));
        first.NextAfterSequence.Should().Be(first.Entries[1].Sequence);
        second.Entries.Select(e => (e.Action, e.Subject)).Should().Equal(("RecordEvidence", binhLoc), ("SubmitSelfAssessment", tanPhong));
        second.NextAfterSequence.Should().BeNull();
        second.Entries.Should().OnlyContain(e => e.IsLinked, "only committed entries, linked into the chain, are read");
    }

    /// <summary>
    /// Both Đồng Nai rounds (2024 and 2023), each opened and with one self-assessed entry: four
    /// entries, asked for with the province written decomposed (NFD) and read by an administrator
    /// whose sign-in sent the province decomposed too. Bình Dương has no round: an empty trail.
    /// </summary>
    [Fact]
    public async Task A_provinces_audit_trail_holds_every_round_of_the_province_whatever_its_unicode_form()
    {
        var round2024 = await OpenRound([DongNai.TanPhong]);
        var round2023 = await OpenRound([DongNai.TanPhong], "2023");
        await RecordSelf(round2024, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.9m });
        await RecordSelf(round2023, DongNai.TanPhong, "G3.1.1", new IndicatorEvidence { Value = 0.5m });
        var administrator = new Actor("admin-nfd", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, DongNaiDecomposed);

        var page = await SendAs(administrator, new GetProvinceAuditTrail(DongNaiDecomposed));
        var binhDuong = await SendAs(Actors.AdministratorOfBinhDuong, new GetProvinceAuditTrail("Bình Dương"));

        page.Entries.Select(e => (e.Action, e.Subject)).Should().Equal(
            ("OpenRound", $"round/{round2024}"),
            ("OpenRound", $"round/{round2023}"),
            ("RecordEvidence", $"assessment/{(await StoredAssessment(round2024, DongNai.TanPhong)).Id}"),
            ("RecordEvidence", $"assessment/{(await StoredAssessment(round2023, DongNai.TanPhong)).Id}"));
        page.NextAfterSequence.Should().BeNull();
        binhDuong.Should().Be(new AuditTrailPage([], null));
    }

    [Fact]
    public async Task An_administrator_of_another_province_may_not_read_its_audit_trail()
    {
        var round = await OpenRound([DongNai.TanPhong]);

        var byRound = () => SendAs(Actors.AdministratorOfBinhDuong, new GetRoundAuditTrail(round));
        var byProvince = () => SendAs(Actors.AdministratorOfBinhDuong, new GetProvinceAuditTrail(DongNai.Province));

        (await byRound.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
        (await byProvince.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
    }

    [Fact]
    public async Task A_page_of_no_entries_or_more_than_a_thousand_or_before_the_first_is_refused_naming_the_field()
    {
        var round = await OpenRound([DongNai.TanPhong]);

        var tooSmall = () => SendAs(Actors.Appraiser, new GetRoundAuditTrail(round, -1, 0));
        var tooLarge = () => SendAs(Actors.Appraiser, new GetProvinceAuditTrail(" ", PageSize: 1001));

        (await tooSmall.Should().ThrowAsync<ValidationException>()).Which.Problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("afterSequence", "-1 is negative: 0 starts at the first entry"),
            ("pageSize", "0 is outside [1, 1000]"));
        (await tooLarge.Should().ThrowAsync<ValidationException>()).Which.Problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("province", "is required"),
            ("pageSize", "1001 is outside [1, 1000]"));
    }

    /// <summary>
    /// An administrator whose sign-in sends "Đồng Nai" decomposed is the administrator of the
    /// province the units were registered in (NFC): before, they were refused.
    /// </summary>
    [Fact]
    public async Task An_actor_whose_province_is_decomposed_acts_in_the_province_written_composed()
    {
        DongNaiDecomposed.Should().NotBe(DongNai.Province, "the test needs a province written otherwise than its units'");
        var administrator = new Actor(" admin-nfd ", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, DongNaiDecomposed + " ", " ", "");
        (administrator.Id, administrator.Province, administrator.UnitCode, administrator.OfficialCode).Should().Be(("admin-nfd", "Đồng Nai", (string?)null, (string?)null));
        await RegisterUnits();

        var round = await SendAs(administrator, new Rounds.Open.OpenRound(
            Guid.NewGuid(), DongNai.Framework, "2024", DongNai.Province, [DongNai.TanPhong], new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), false));

        (await SendAs(administrator, new GetAssessment(round, DongNai.TanPhong))).State.Should().Be(AssessmentState.Draft);
    }

}
