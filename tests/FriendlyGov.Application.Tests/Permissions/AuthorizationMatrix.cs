using FriendlyGov.Application.Assessments.Appeal;
using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.GetAssessment;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Audit.GetAuditTrail;
using FriendlyGov.Application.Audit.GetProvinceAuditTrail;
using FriendlyGov.Application.Audit.GetRoundAuditTrail;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.DismissObservation;
using FriendlyGov.Application.Conduct.GetConductSummary;
using FriendlyGov.Application.Conduct.MoveOfficial;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Conduct.ReopenObservation;
using FriendlyGov.Application.Disclosures.EndDisclosurePosting;
using FriendlyGov.Application.Disclosures.GetDisclosureSummary;
using FriendlyGov.Application.Disclosures.RecordDisclosure;
using FriendlyGov.Application.Dossiers;
using FriendlyGov.Application.Dossiers.GetDossierStatistics;
using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Feedback;
using FriendlyGov.Application.Feedback.GetFeedbackSummary;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Plans.AddMilestone;
using FriendlyGov.Application.Plans.AddPlanItem;
using FriendlyGov.Application.Plans.CompleteMilestone;
using FriendlyGov.Application.Plans.CreatePlan;
using FriendlyGov.Application.Plans.GetOverdueMilestones;
using FriendlyGov.Application.Plans.GetPlanProgress;
using FriendlyGov.Application.Plans.RecordProgress;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Rounds.GetRoundResult;
using FriendlyGov.Application.Rounds.CheckDeadlines;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Scorecards.GetFinalScorecard;
using FriendlyGov.Application.Scorecards.GetLiveScorecard;
using FriendlyGov.Application.Scorecards.GetWhatItWouldTake;
using FriendlyGov.Application.Sessions.GetSessionSummary;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Application.Sessions.ResolveSessionIssue;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Application.Units.Lineage;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Plans;
using NodaTime;
using static FriendlyGov.Application.Tests.Permissions.MatrixActors;
using static FriendlyGov.Application.Tests.Permissions.MatrixSetUp;

namespace FriendlyGov.Application.Tests.Permissions;

/// <summary>
/// Who may send each request of FriendlyGov.Application: for every request (and variant), the
/// actors of <see cref="MatrixActors"/> allowed to send it, the rule that refuses everyone else,
/// and the actors refused by another rule. Every request is about Phường Tân Phong or about
/// Đồng Nai. This table is the expectation: written by hand from the README's who-may-send
/// tables, not read from the authorizers.
/// </summary>
public static class AuthorizationMatrix
{
    /// <summary>Province administrators of Đồng Nai (one of them is also the observed official).</summary>
    private static readonly string[] Administrators = [Administrator, AdministratorObserved];

    /// <summary>Appraisers of Đồng Nai who do not belong to Phường Tân Phong.</summary>
    private static readonly string[] AppraisersOfOtherUnits = [Appraiser, AppraiserObserved];

    /// <summary>Who reads a province's own figures: its appraisers and administrators (<c>reader-in-scope</c> without a unit).</summary>
    private static readonly string[] ProvinceReaders = [Appraiser, AppraiserOfUnit, AppraiserObserved, Administrator, AdministratorObserved];

    /// <summary>Who reads a unit's figures: its officer, and the province's appraisers and administrators (<c>reader-in-scope</c>).</summary>
    private static readonly string[] UnitReaders = [Officer, .. ProvinceReaders];

    /// <summary>Who records what happened in a unit (sessions, disclosures): its officer or a province administrator.</summary>
    private static readonly string[] UnitRecorders = [Officer, .. Administrators];

    /// <summary>Who decides a conduct observation: the province's appraisers and administrators who are not the observed official.</summary>
    private static readonly string[] ConductDeciders = [Appraiser, AppraiserOfUnit, Administrator];

    /// <summary>The official observed, refused for deciding about themselves.</summary>
    private static readonly (string, string)[] NoSelfDecision = [(AppraiserObserved, Rules.NoSelfConfirmation), (AdministratorObserved, Rules.NoSelfConfirmation)];

    // Initialized before the rows, which use them.
    private static readonly IndicatorEvidence Met = new() { Met = true };

    private static readonly SessionIssue Issue = new("Đèn chiếu sáng hẻm 45 bị hỏng", new LocalDate(2024, 10, 20));

    /// <summary>The rows of the matrix, one per request (two for a request whose rule depends on its evidence source).</summary>
    public static IReadOnlyList<MatrixScenario> Scenarios { get; } =
    [
        // ----- units, rounds and the assessment's workflow -----
        On(_ => Task.FromResult(new RegisterUnits(Id(), DongNai.Registrations)))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => { await RegisteredUnits(w); return new OpenRound(Id(), DongNai.Framework, "2024", DongNai.Province, [DongNai.TanPhong], SelfDeadline, AppraisalDeadline); })
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w =>
            {
                await RegisteredUnits(w);
                await w.SendAs(MatrixActors.All[Administrator], new RegisterUnits(Id(), [new UnitRegistration(DongNai.QuyetThang, UnitKind.Ward, "Phường Trấn Biên", DongNai.Province, new LocalDate(2025, 7, 1))]));
                return new RecordUnitLineage(Id(), [new UnitSuccession(DongNai.ThongNhat, DongNai.QuyetThang, new LocalDate(2025, 7, 1), UnitChangeKind.Merged)]);
            })
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => new RecordEvidence(Id(), await Round(w, AssessmentState.Draft), DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, Met), "Self")
            .Allows(Officer).RefusedBy(Rules.UnitOfficerOwnUnit),
        On(async w => new RecordEvidence(Id(), await Round(w, AssessmentState.UnderAppraisal), DongNai.TanPhong, "G1.1.2", EvidenceSource.Appraisal, Met), "Appraisal")
            .Allows(AppraisersOfOtherUnits).RefusedBy(Rules.AppraiserInScope, (AppraiserOfUnit, Rules.AppraiserNotOwnUnit)),
        On(async w => new RecordEvidenceInBulk(Id(), await Round(w, AssessmentState.Draft), EvidenceSource.Self, [new EvidenceInput(DongNai.TanPhong, "G1.1.2", Met)]), "Self")
            .Allows(Officer).RefusedBy(Rules.UnitOfficerOwnUnit),
        On(async w => new RecordEvidenceInBulk(Id(), await Round(w, AssessmentState.UnderAppraisal), EvidenceSource.Appraisal, [new EvidenceInput(DongNai.TanPhong, "G1.1.2", Met)]), "Appraisal")
            .Allows(AppraisersOfOtherUnits).RefusedBy(Rules.AppraiserInScope, (AppraiserOfUnit, Rules.AppraiserNotOwnUnit)),
        On(async w => new SubmitSelfAssessment(Id(), await Round(w, AssessmentState.Draft), DongNai.TanPhong))
            .Allows(Officer).RefusedBy(Rules.UnitOfficerOwnUnit),
        On(async w => new StartAppraisal(Id(), await Round(w, AssessmentState.SelfAssessmentSubmitted), DongNai.TanPhong))
            .Allows(AppraisersOfOtherUnits).RefusedBy(Rules.AppraiserInScope, (AppraiserOfUnit, Rules.AppraiserNotOwnUnit)),
        On(async w => new CompleteAppraisal(Id(), await Round(w, AssessmentState.UnderAppraisal), DongNai.TanPhong))
            .Allows(AppraisersOfOtherUnits).RefusedBy(Rules.AppraiserInScope, (AppraiserOfUnit, Rules.AppraiserNotOwnUnit)),
        On(async w => new FinalizeAssessment(Id(), await Round(w, AssessmentState.Appraised), DongNai.TanPhong))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => new FileAppeal(Id(), await Round(w, AssessmentState.Finalized), DongNai.TanPhong, "Đơn vị khiếu nại kết quả thẩm định chỉ tiêu G3.1.1"))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),

        // ----- reading a round -----
        On(async w => new GetLiveScorecard(await Round(w, AssessmentState.UnderAppraisal), DongNai.TanPhong))
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => new GetFinalScorecard(await Round(w, AssessmentState.Finalized), DongNai.TanPhong))
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => new GetWhatItWouldTake(await Round(w, AssessmentState.Draft), DongNai.TanPhong))
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => new GetAuditTrail(await Round(w, AssessmentState.SelfAssessmentSubmitted), DongNai.TanPhong))
            .Allows(ProvinceReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => new GetAssessment(await Round(w, AssessmentState.UnderAppraisal), DongNai.TanPhong))
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => new GetRoundAuditTrail(await Round(w, AssessmentState.SelfAssessmentSubmitted)))
            .Allows(ProvinceReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => { await Round(w, AssessmentState.SelfAssessmentSubmitted); return new GetProvinceAuditTrail(DongNai.Province); })
            .Allows(ProvinceReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => new CheckDeadlines(await Round(w, AssessmentState.Draft)))
            .Allows(ProvinceReaders).RefusedBy(Rules.ReaderInScope),

        // The ranking is read by anyone with a role in the round's province, and by the officers
        // of the units in the round: every role of Đồng Nai, but no one without a role, no one of
        // another province, and no importer scoped to no province.
        On(async w => new GetRanking(await Round(w, AssessmentState.Finalized)))
            .Allows(Officer, OfficerOfOtherUnit, Appraiser, AppraiserOfUnit, AppraiserObserved, Administrator, AdministratorObserved, Collector, CollectorOfUnit, CollectorOfOtherUnit, Importer)
            .RefusedBy(Rules.ReaderInScope),
        On(async w => new GetRoundResult(await Round(w, AssessmentState.Finalized)))
            .Allows(Officer, OfficerOfOtherUnit, Appraiser, AppraiserOfUnit, AppraiserObserved, Administrator, AdministratorObserved, Collector, CollectorOfUnit, CollectorOfOtherUnit, Importer)
            .RefusedBy(Rules.ReaderInScope),
        On(async w => { await Round(w, AssessmentState.Finalized); return new GetUnitHistory(DongNai.TanPhong); })
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),

        // ----- officials and their conduct -----
        On(async w => { await RegisteredUnits(w); return new RegisterOfficial(Id(), ObservedOfficial, $"Cán bộ {ObservedOfficial}", DongNai.TanPhong, OfficialRole.Head, OfficialsFrom); })
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => { await Official(w, "CB-021", DongNai.BinhLoc, OfficialRole.Staff); return new MoveOfficial(Id(), "CB-021", DongNai.TanPhong, OfficialRole.Deputy, new LocalDate(2024, 7, 1)); })
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),

        // A unit's officer may report an official serving in their unit, and the official may be
        // reported by anyone in scope, themselves included: a report decides nothing.
        On(async w => { await ObservedOfficialServing(w); return Report(); })
            .Allows([Officer, .. ProvinceReaders]).RefusedBy(Rules.ConductDecider),
        On(async w => { await ObservedOfficialServing(w); return new RecordObservationsInBulk(Id(), [ReportRow]); })
            .Allows(ProvinceReaders).RefusedBy(Rules.ConductDecider),
        On(async w => new ConfirmObservation(Id(), await Observation(w, decided: false), "Xác minh đúng phản ánh"))
            .Allows(ConductDeciders).RefusedBy(Rules.ConductDecider, NoSelfDecision),
        On(async w => new DismissObservation(Id(), await Observation(w, decided: false), "Không có căn cứ"))
            .Allows(ConductDeciders).RefusedBy(Rules.ConductDecider, NoSelfDecision),
        On(async w => new ReopenObservation(Id(), await Observation(w, decided: true), "Cán bộ khiếu nại kết quả xác minh"))
            .Allows(ConductDeciders).RefusedBy(Rules.ConductDecider, NoSelfDecision),
        On(async w => { await Observation(w, decided: true); return new GetConductSummary(DongNai.Province, "2024", ConductGrouping.Unit); })
            .Allows(ProvinceReaders).RefusedBy(Rules.ReaderInScope),

        // ----- evidence from the field -----
        On(async w => { await ObservedOfficialServing(w); return new HoldSession(Id(), DongNai.TanPhong, new LocalDate(2024, 10, 5), ObservedOfficial, 40, [Issue]); })
            .Allows(UnitRecorders).RefusedBy(Rules.UnitOfficerOwnUnit),
        On(async w => new ResolveSessionIssue(Id(), await Session(w), 1, new LocalDate(2024, 10, 18)))
            .Allows(UnitRecorders).RefusedBy(Rules.UnitOfficerOwnUnit),
        On(async w => { await Session(w); return new GetSessionSummary(DongNai.TanPhong, "2024-Q4"); })
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => { await RegisteredUnits(w); return Disclose(); })
            .Allows(UnitRecorders).RefusedBy(Rules.UnitOfficerOwnUnit),
        On(async w => new EndDisclosurePosting(Id(), await Disclosure(w), new LocalDate(2024, 8, 30)))
            .Allows(UnitRecorders).RefusedBy(Rules.UnitOfficerOwnUnit),
        On(async w => { await Disclosure(w); return new GetDisclosureSummary(DongNai.TanPhong, "2024"); })
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),

        // Citizens' ratings come only through a feedback channel of the unit or its province: no
        // officer, appraiser or administrator rates the unit they answer for or judge.
        On(async w => { await RegisteredUnits(w); return Rating(); })
            .Allows(Collector, CollectorOfUnit).RefusedBy(FeedbackAuthorization.CollectorInScope),
        On(async w => { await RegisteredUnits(w); await w.SendAs(MatrixActors.All[Collector], Rating()); return new GetFeedbackSummary(DongNai.TanPhong, "2025-01"); })
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => { await RegisteredUnits(w); return DossierImport(); })
            .Allows([Importer, ImporterOfEveryProvince, .. Administrators]).RefusedBy(DossierAuthorization.ImporterInScope),
        On(async w => { await RegisteredUnits(w); await w.SendAs(MatrixActors.All[Importer], DossierImport()); return new GetDossierStatistics(DongNai.TanPhong, "2024-Q4"); })
            .Allows(UnitReaders).RefusedBy(Rules.ReaderInScope),

        // ----- the province's coordination plan: changed by its administrators, read by its appraisers too -----
        On(_ => Task.FromResult(new CreatePlan(Id(), DongNai.Province, BuiltInPlanTemplates.DongNai2024Id)))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => new AddPlanItem(Id(), await Plan(w), "7", Text("Sơ kết mô hình", "Review the model"), BuiltInPlanTemplates.PeoplesCommitteePartyDelegation.Code, [BuiltInPlanTemplates.MassMobilizationCommission]))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => new AddMilestone(Id(), await Plan(w), "1", "M3", Text("Sơ kết quý III", "Review the third quarter"), new LocalDate(2024, 10, 31)))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => new CompleteMilestone(Id(), await Plan(w), "1", "M1", new LocalDate(2024, 7, 30)))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => new RecordProgress(Id(), await Plan(w), "1", new LocalDate(2024, 10, 1), "Đã triển khai tại 30 xã, phường", 50))
            .Allows(Administrators).RefusedBy(Rules.ProvinceAdministrator),
        On(async w => new GetOverdueMilestones(await Plan(w)))
            .Allows(ProvinceReaders).RefusedBy(Rules.ReaderInScope),
        On(async w => new GetPlanProgress(await Plan(w)))
            .Allows(ProvinceReaders).RefusedBy(Rules.ReaderInScope),
    ];

    private static ObservationInput ReportRow => new(ObservedOfficial, "4X.2", new LocalDate(2024, 4, 9), ObservationSource.CitizenReport, "PA-2024-017", "Phản ánh của người dân về 4X.2");

    /// <summary>Starts a row: how to reach the state the request needs, and the request.</summary>
    private static RowBuilder On<TRequest>(Func<MatrixWorld, Task<TRequest>> arrange, string? variant = null)
        where TRequest : notnull =>
        new(variant is null ? typeof(TRequest).Name : $"{typeof(TRequest).Name} ({variant})", typeof(TRequest), async w => await arrange(w));

    private static RecordObservation Report() =>
        new(Id(), ReportRow.OfficialCode, ReportRow.RuleId, ReportRow.On, ReportRow.Source, ReportRow.SourceReference, ReportRow.Account);

    private static RecordDisclosure Disclose() =>
        new(Id(), DongNai.TanPhong, "A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.NoticeBoard, new LocalDate(2024, 7, 20));

    private static RecordFeedback Rating() => new(Id(), DongNai.TanPhong, new LocalDate(2025, 1, 9), FeedbackChannel.QrCode, 5, 5, 5, 4, 4, 5);

    private static ImportDossierStatistics DossierImport() =>
        new(Id(), "dossiers.csv", [new DossierStatisticsRow(2, DongNai.TanPhong, AssessmentPeriod.Parse("2024-Q4"), new DossierCounts(120, 100, 8, 2, 10, 90))]);

    private static LocalizedText Text(string vi, string en) => new(vi, en);

    /// <summary>The rule cells of one row.</summary>
    private sealed class RowBuilder(string name, Type requestType, Func<MatrixWorld, Task<object>> arrange)
    {
        private IReadOnlySet<string> _allowed = new HashSet<string>();

        public RowBuilder Allows(params string[] actors)
        {
            _allowed = actors.ToHashSet(StringComparer.Ordinal);
            return this;
        }

        public MatrixScenario RefusedBy(string rule, params (string Actor, string Rule)[] except) =>
            new(name, requestType, arrange, _allowed, rule, except.ToDictionary(e => e.Actor, e => e.Rule, StringComparer.Ordinal));
    }
}
