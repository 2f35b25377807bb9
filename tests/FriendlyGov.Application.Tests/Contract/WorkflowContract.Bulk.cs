using Ardalis.Specification;
using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// Bulk recording: many observations or evidence entries in one call, all saved or none.
/// </summary>
/// <remarks>
/// The bulk of observations: five officials of Đồng Nai take the rows in turn (row i is about
/// official i mod 5), with four rules in turn, dates through 2024 and a reference of their own
/// (BULK-0000, BULK-0001, …). Two officials serve in Phường Tân Phong, one each in Xã Bình Lộc,
/// Thị trấn Tân Phú and Xã Tà Lài; so of 2,000 rows, Tân Phong takes 800 and the others 400
/// each.
/// </remarks>
public abstract partial class WorkflowContract
{
    private const int BulkRows = 2_000;

    private static readonly (string Code, string UnitCode, OfficialRole Role)[] BulkOfficials =
    [
        ("CB-101", DongNai.TanPhong, OfficialRole.Head),
        ("CB-102", DongNai.TanPhong, OfficialRole.Staff),
        ("CB-201", DongNai.BinhLoc, OfficialRole.Staff),
        ("CB-301", DongNai.TanPhu, OfficialRole.Deputy),
        ("CB-401", DongNai.TaLai, OfficialRole.Staff),
    ];

    private static readonly string[] BulkRules = ["SMILE", "4X.2", "4L.1", "5K.3"];

    [Fact]
    public async Task Two_thousand_observations_are_recorded_in_one_call_and_sending_them_again_adds_nothing()
    {
        await RegisterBulkOfficials();
        var rows = BulkObservations(BulkRows);
        var earlier = await Observe(rows[0].OfficialCode, rows[0].RuleId, rows[0].On, rows[0].SourceReference);
        var repeated = rows[1] with { Source = ObservationSource.Supervisor, Account = "Cùng phản ánh, ghi lại lần hai" };
        var bulk = new RecordObservationsInBulk(Guid.NewGuid(), [.. rows, repeated]);

        var result = await SendAs(Actors.Appraiser, bulk);

        result.Should().Be(new BulkResult(1_999, 2), "row 0 was recorded before and the last row repeats row 1's key");
        (await StoredCount<ConductObservation>()).Should().Be(2_000);
        (await ObservationsIn(DongNai.TanPhong)).Should().Be(800);
        (await ObservationsIn(DongNai.BinhLoc)).Should().Be(400);
        (await ObservationsIn(DongNai.TanPhu)).Should().Be(400);
        (await ObservationsIn(DongNai.TaLai)).Should().Be(400);
        (await ObservationsIn(DongNai.PhuocAn)).Should().Be(0);

        var first = await StoredObservation(rows[0]);
        first.Id.Should().Be(earlier.ObservationId, "the observation recorded before is kept as it was");
        var row1 = await StoredObservation(rows[1]);
        row1.Should().BeEquivalentTo(new { UnitCode = DongNai.TanPhong, Role = OfficialRole.Staff, Source = ObservationSource.CitizenReport, Status = ObservationStatus.Reported, Account = rows[1].Account });
        row1.History.Should().ContainSingle().Which.Should().Be(new ObservationStep(ObservationStatus.Reported, Actors.Appraiser.Id, Clock.GetCurrentInstant(), rows[1].Account));
        var audit = (await StoredAudit("observations")).Should().ContainSingle().Subject;
        audit.Action.Should().Be(nameof(RecordObservationsInBulk));
        audit.Summary.Should().Be("recorded 1999 observation(s) in 4 unit(s) from 2001 row(s); 2 already recorded");

        var again = await SendAs(Actors.Administrator, bulk with { RequestId = Guid.NewGuid() });
        again.Should().Be(new BulkResult(0, 2_001), "every key is recorded now");
        (await SendAs(Actors.Appraiser, bulk)).Should().Be(result, "the same request id returns the first result");
        (await StoredCount<ConductObservation>()).Should().Be(2_000);
    }

    [Fact]
    public async Task A_bulk_with_bad_rows_lists_every_bad_row_by_its_index_and_saves_nothing()
    {
        await RegisterBulkOfficials();
        var rows = BulkObservations(BulkRows).ToArray();
        rows[12] = rows[12] with { RuleId = "9Z.9" };
        rows[40] = rows[40] with { SourceReference = " ", Account = "" };
        rows[41] = rows[41] with { OfficialCode = "CB 101" };
        rows[1_999] = rows[1_999] with { Source = (ObservationSource)42 };

        var send = () => SendAs(Actors.Appraiser, new RecordObservationsInBulk(Guid.NewGuid(), rows));

        var failure = (await send.Should().ThrowAsync<ValidationException>()).Which;
        failure.Request.Should().Be(nameof(RecordObservationsInBulk));
        failure.Problems.Select(p => p.Path).Should().Equal(
            "observations[12].ruleId", "observations[40].sourceReference", "observations[40].account", "observations[41].officialCode", "observations[1999].source");
        failure.Problems[0].Message.Should().Contain("'9Z.9' is not a rule");
        (await StoredCount<ConductObservation>()).Should().Be(0);
        (await StoredAudit("observations")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_bulk_naming_an_unknown_official_or_a_date_without_a_posting_lists_those_rows_and_saves_nothing()
    {
        await RegisterBulkOfficials();
        var rows = BulkObservations(BulkRows).ToArray();
        rows[3] = rows[3] with { OfficialCode = "CB-999" };
        rows[7] = rows[7] with { On = new LocalDate(2022, 6, 1) };

        var send = () => SendAs(Actors.Appraiser, new RecordObservationsInBulk(Guid.NewGuid(), rows));

        var failure = (await send.Should().ThrowAsync<ValidationException>()).Which;
        failure.Problems.Should().Equal(
            new Problem("observations[3].officialCode", "there is no official CB-999"),
            new Problem("observations[7].on", $"official {rows[7].OfficialCode} held no posting on 2022-06-01, so no unit answers for this observation"));
        (await StoredCount<ConductObservation>()).Should().Be(0);
    }

    [Fact]
    public async Task A_bulk_with_a_row_about_a_unit_outside_the_actors_province_is_refused_by_the_conduct_rule()
    {
        await RegisterBulkOfficials();
        await SendAs(Actors.AdministratorOfBinhDuong, new RegisterUnits(Guid.NewGuid(),
            [new UnitRegistration("25747", UnitKind.Ward, "Phường Phú Cường", "Bình Dương", new LocalDate(2020, 1, 1))]));
        await SendAs(Actors.AdministratorOfBinhDuong, new Conduct.RegisterOfficial.RegisterOfficial(
            Guid.NewGuid(), "CB-900", "Cán bộ CB-900", "25747", OfficialRole.Staff, new LocalDate(2023, 1, 1)));
        var rows = BulkObservations(100).ToArray();
        rows[57] = rows[57] with { OfficialCode = "CB-900" };
        var bulk = new RecordObservationsInBulk(Guid.NewGuid(), rows);

        var byAppraiser = () => SendAs(Actors.Appraiser, bulk);
        var refused = (await byAppraiser.Should().ThrowAsync<AuthorizationException>()).Which;
        refused.Rule.Should().Be(Rules.ConductDecider);
        refused.Message.Should().Contain("observations[57] is about official CB-900 of unit 25747 in Bình Dương").And.Contain("1 observation(s)");

        var byOtherProvince = () => SendAs(Actors.AppraiserOfBinhDuong, bulk with { RequestId = Guid.NewGuid() });
        (await byOtherProvince.Should().ThrowAsync<AuthorizationException>()).Which.Message.Should().Contain("99 observation(s)");

        var byOfficer = () => SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordObservationsInBulk(Guid.NewGuid(), [.. BulkObservations(5)]));
        (await byOfficer.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ConductDecider);

        (await StoredCount<ConductObservation>()).Should().Be(0);
        (await StoredAudit("observations")).Should().BeEmpty();
    }

    /// <summary>
    /// Phường Tân Phong's officer records all twenty evidence indicators at their maximum in one
    /// call: 92 points, plus the two conduct indicators' 8 with no breach confirmed.
    /// </summary>
    [Fact]
    public async Task A_units_officer_records_its_whole_self_assessment_in_one_call()
    {
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        var entries = FullMarks.All.Select(e => new EvidenceInput(DongNai.TanPhong, e.IndicatorId, e.Evidence)).ToList();

        var recorded = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidenceInBulk(Guid.NewGuid(), roundId, EvidenceSource.Self, entries));

        recorded.Should().Be(20);
        (await StoredAssessment(roundId, DongNai.TanPhong)).Evidence.Should().HaveCount(20).And.OnlyContain(e => e.Source == EvidenceSource.Self);
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetLiveScorecard(roundId, DongNai.TanPhong))).Total.Should().Be(100m);
        (await AuditTrail(roundId, DongNai.TanPhong)).Should().ContainSingle().Which.Action.Should().Be(nameof(RecordEvidenceInBulk));
        (await StoredAssessment(roundId, DongNai.BinhLoc)).Evidence.Should().BeEmpty();

        var forAnotherUnit = () => SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidenceInBulk(
            Guid.NewGuid(), roundId, EvidenceSource.Self, [.. entries, new EvidenceInput(DongNai.BinhLoc, "G1.1.2", new IndicatorEvidence { Met = true })]));
        (await RefusedWithoutChange<AuthorizationException>(roundId, DongNai.TanPhong, forAnotherUnit)).Rule.Should().Be(Rules.UnitOfficerOwnUnit);
    }

    /// <summary>
    /// Three units under appraisal: the appraiser records 2 entries for Tân Phong, 1 for Bình Lộc
    /// and 3 for Tân Phú in one call, 6 in all; each assessment's audit trail says what it got.
    /// </summary>
    [Fact]
    public async Task An_appraiser_records_evidence_for_several_units_in_one_call()
    {
        string[] units = [DongNai.TanPhong, DongNai.BinhLoc, DongNai.TanPhu];
        var roundId = await OpenRound(units);
        foreach (var unit in units) await Reach(roundId, unit, AssessmentState.UnderAppraisal);
        EvidenceInput[] entries =
        [
            new(DongNai.TanPhong, "G1.1.2", new IndicatorEvidence { Met = true }),
            new(DongNai.BinhLoc, "G1.2.1", new IndicatorEvidence { Value = 0.4m }, "Biên bản thẩm định số 12"),
            new(DongNai.TanPhu, "G1.1.2", new IndicatorEvidence { Met = false }),
            new(DongNai.TanPhong, "G1.1.2", new IndicatorEvidence { Met = false }),
            new(DongNai.TanPhu, "G2.1.2", new IndicatorEvidence { Met = true }),
            new(DongNai.TanPhu, "G2.2.2", new IndicatorEvidence { Met = true }),
        ];

        (await SendAs(Actors.Appraiser, new RecordEvidenceInBulk(Guid.NewGuid(), roundId, EvidenceSource.Appraisal, entries))).Should().Be(6);

        (await StoredAssessment(roundId, DongNai.TanPhong)).Evidence.Select(e => (e.IndicatorId, e.Evidence.Met)).Should().Equal(("G1.1.2", true), ("G1.1.2", false));
        (await StoredAssessment(roundId, DongNai.BinhLoc)).Evidence.Should().ContainSingle().Which.Note.Should().Be("Biên bản thẩm định số 12");
        (await StoredAssessment(roundId, DongNai.TanPhu)).Evidence.Select(e => e.IndicatorId).Should().Equal("G1.1.2", "G2.1.2", "G2.2.2");
        (await AuditTrail(roundId, DongNai.TanPhu))[^1].Summary.Should().Be("recorded appraisal evidence for G1.1.2, G2.1.2, G2.2.2 of unit 26116");
        (await StoredAudit($"round/{roundId}"))[^1].Summary.Should().Be($"recorded 6 appraisal evidence entries for 3 unit(s) of round {roundId}");
    }

    [Fact]
    public async Task Bulk_evidence_with_bad_entries_or_a_unit_in_the_wrong_state_records_nothing()
    {
        string[] units = [DongNai.TanPhong, DongNai.BinhLoc];
        var roundId = await OpenRound(units);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.UnderAppraisal);
        var good = new EvidenceInput(DongNai.TanPhong, "G1.1.2", new IndicatorEvidence { Met = true });
        var before = await Picture(roundId, DongNai.BinhLoc);

        var bad = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () => SendAs(Actors.Appraiser, new RecordEvidenceInBulk(
            Guid.NewGuid(), roundId, EvidenceSource.Appraisal,
            [good, new(DongNai.TanPhong, "G9.9.9", new IndicatorEvidence { Met = true }), good, new(DongNai.TanPhong, "G4.2.2", new IndicatorEvidence { Met = true }), new(" ", "", null!)])));
        bad.Problems.Select(p => p.Path).Should().Equal("entries[4].unitCode", "entries[4].indicatorId", "entries[4].evidence");

        var unknown = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () => SendAs(Actors.Appraiser, new RecordEvidenceInBulk(
            Guid.NewGuid(), roundId, EvidenceSource.Appraisal,
            [good, new(DongNai.TanPhong, "G9.9.9", new IndicatorEvidence { Met = true }), new(DongNai.TanPhong, "G4.2.2", new IndicatorEvidence { Met = true }), new(DongNai.PhuocAn, "G1.1.2", new IndicatorEvidence { Met = true })])));
        unknown.Problems.Select(p => p.Path).Should().Equal("entries[1].indicatorId", "entries[2].indicatorId", "entries[3].unitCode");

        var wrongState = await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => SendAs(Actors.Appraiser, new RecordEvidenceInBulk(
            Guid.NewGuid(), roundId, EvidenceSource.Appraisal, [good, new(DongNai.BinhLoc, "G1.1.2", new IndicatorEvidence { Met = true })])));
        wrongState.Message.Should().Contain("1 of the 2 assessments").And.Contain("unit 26089");
        (await Picture(roundId, DongNai.BinhLoc)).Should().BeEquivalentTo(before);

        var ownUnit = await RefusedWithoutChange<AuthorizationException>(roundId, DongNai.TanPhong, () => SendAs(Actors.AppraiserOfTanPhong, new RecordEvidenceInBulk(
            Guid.NewGuid(), roundId, EvidenceSource.Appraisal, [good])));
        ownUnit.Rule.Should().Be(Rules.AppraiserNotOwnUnit);
    }

    /// <summary>The bulk's officials, registered by the administrator from 1 January 2023.</summary>
    /// <returns>A task.</returns>
    private async Task RegisterBulkOfficials()
    {
        await RegisterUnits();
        foreach (var (code, unitCode, role) in BulkOfficials) await RegisterOfficial(code, unitCode, role);
    }

    /// <summary>
    /// Rows about the bulk's officials in turn, with the rules in turn, dated through 2024 and
    /// each with a reference of its own.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <returns>The rows.</returns>
    private static List<ObservationInput> BulkObservations(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new ObservationInput(
            BulkOfficials[i % BulkOfficials.Length].Code,
            BulkRules[i % BulkRules.Length],
            new LocalDate(2024, 1, 1).PlusDays(i % 366),
            ObservationSource.CitizenReport,
            $"BULK-{i:D4}",
            $"Phản ánh số {i} của người dân về {BulkRules[i % BulkRules.Length]}")),
    ];

    private async Task<int> ObservationsIn(string unitCode)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<ConductObservation>>()
            .CountAsync(new ObservationsInUnitSpec(unitCode, new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), Cancel);
    }

    private async Task<ConductObservation> StoredObservation(ObservationInput row)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<ConductObservation>>()
            .FirstOrDefaultAsync(new ObservationByKeySpec(new ObservationKey(row.OfficialCode, row.RuleId, row.On, row.SourceReference)), Cancel)
            ?? throw new InvalidOperationException($"No observation {row.SourceReference}.");
    }
}
