using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.MoveOfficial;
using FriendlyGov.Application.Disclosures.EndDisclosurePosting;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Plans.AddPlanItem;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Events;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Plans;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// One of each of the ten domain events, each published exactly once by the command that raised
    /// it and only once that command was saved (the probe reads the aggregate back from a fresh scope
    /// as each event is heard). Counted by hand from the steps: recording FullMarks' entries raises
    /// one EvidenceRecorded each; each workflow step one transition; confirming a breach one step
    /// and ConductBreachConfirmed; finalizing under the head's 5K.1 breach AssessmentFinalized and
    /// RatingCapped (97 points, excellent, capped to satisfactory by C3, as in the notifications'
    /// test); a dossier row is revised only when imported again with other figures.
    /// </summary>
    [Fact]
    public async Task Each_domain_event_is_published_once_after_the_change_that_raised_it_is_saved()
    {
        var saved = ProbeSavedBeforePublished();
        Guid roundId = default, observationId = default, disclosureId = default, planId = default, sessionId = default;

        await Publishes(async () => roundId = await OpenRound([DongNai.QuyetThang]));
        await Publishes(() => RegisterOfficial("CB-005", DongNai.QuyetThang, OfficialRole.Head));
        await Publishes(() => RecordSelf(roundId, DongNai.QuyetThang, FullMarks.All), [.. FullMarks.All.Select(_ => nameof(EvidenceRecorded))]);
        await Publishes(async () => observationId = (await Observe("CB-005", "5K.1", new LocalDate(2024, 9, 17), "TTr-2024-031")).ObservationId, "ObservationStepTaken Reported");
        await Publishes(() => SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observationId, "Thanh tra xác minh đúng")), "ObservationStepTaken Confirmed");
        await Publishes(
            () => Reach(roundId, DongNai.QuyetThang, AssessmentState.Appraised),
            "AssessmentTransitioned Draft → SelfAssessmentSubmitted", "AssessmentTransitioned SelfAssessmentSubmitted → UnderAppraisal", "AssessmentTransitioned UnderAppraisal → Appraised");
        await Publishes(() => Finalize(roundId, DongNai.QuyetThang), "AssessmentTransitioned Appraised → Finalized");
        await Publishes(() => SendAs(Actors.Administrator, new MoveOfficial(Guid.NewGuid(), "CB-005", DongNai.BinhLoc, OfficialRole.Deputy, new LocalDate(2025, 1, 1))), nameof(OfficialMoved));
        await Publishes(async () => disclosureId = await Disclose("A11.1-socio-economic-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 1, 15)), nameof(DisclosureRecorded));
        await Publishes(() => SendAs(Actors.OfficerOf(DongNai.TanPhong), new EndDisclosurePosting(Guid.NewGuid(), disclosureId, new LocalDate(2024, 2, 20))), nameof(DisclosurePostingEnded));
        await Publishes(() => SendAs(DossierImporter, DossierImport(DossierRow(2, DongNai.TanPhong, "2024-Q4", 120, 100, 8, 2, 10, 90))));
        await Publishes(() => SendAs(DossierImporter, DossierImport(DossierRow(2, DongNai.TanPhong, "2024-Q4", 121, 100, 8, 2, 11, 91))), "DossierStatisticsRevised");
        await Publishes(async () => planId = await CreatePlan2025(), "PlanChanged Created");
        await Publishes(() => SendAs(Actors.Administrator, new AddPlanItem(Guid.NewGuid(), planId, "1", PlanText("Triển khai mô hình"), PlanDelegation.Code)), "PlanChanged ItemAdded");
        await Publishes(() => RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head));
        await Publishes(async () => sessionId = await HoldSession(new LocalDate(2024, 10, 5), "CB-017", new SessionIssue("Đèn đường tổ 5", new LocalDate(2024, 10, 20))), "MorningSessionHeld");
        await Publishes(() => Resolve(sessionId, 1, new LocalDate(2024, 10, 18)), "SessionIssueResolved");

        var assessmentId = (await StoredAssessment(roundId, DongNai.QuyetThang)).Id;
        Notifications.All().Select(n => n.GetType().Name).Should().Equal(nameof(ConductBreachConfirmed), nameof(AssessmentFinalized), nameof(RatingCapped));
        Notifications.Of<ConductBreachConfirmed>().Should().Equal(new ConductBreachConfirmed(observationId, "CB-005", DongNai.QuyetThang, "5K.1", new LocalDate(2024, 9, 17)));
        Notifications.Of<AssessmentFinalized>().Should().Equal(new AssessmentFinalized(assessmentId, roundId, DongNai.QuyetThang, 97m, "satisfactory"));
        Notifications.Of<RatingCapped>().Single().Should().BeEquivalentTo(new RatingCapped(assessmentId, DongNai.QuyetThang, "excellent", "satisfactory", ["C3"]));
        Notifications.Events().Select(e => e.GetType()).Distinct().Should().HaveCount(10, "every kind of domain event was raised");
        saved.Early.Should().BeEmpty("no event is published before its change is saved");
        saved.Checked.Should().Be(FullMarks.All.Count + 14, "every event was checked: FullMarks' entries, then 2 observation steps, 4 transitions and 8 others");
    }

    /// <summary>
    /// Bulk requests write their aggregates through the database's bulk path, untracked; their
    /// events are published all the same. Counted by hand: three new observations raise one
    /// "reported" step each; twenty self-assessed entries of one unit in one call raise one
    /// EvidenceRecorded each.
    /// </summary>
    [Fact]
    public async Task Aggregates_written_in_bulk_publish_their_domain_events_once_after_the_save()
    {
        var saved = ProbeSavedBeforePublished();
        await RegisterBulkOfficials();
        var roundId = await OpenRound([DongNai.TanPhong]);

        await Publishes(
            () => SendAs(Actors.Appraiser, new RecordObservationsInBulk(Guid.NewGuid(), BulkObservations(3))),
            "ObservationStepTaken Reported", "ObservationStepTaken Reported", "ObservationStepTaken Reported");
        await Publishes(
            () => SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidenceInBulk(
                Guid.NewGuid(), roundId, EvidenceSource.Self, [.. FullMarks.All.Select(e => new EvidenceInput(DongNai.TanPhong, e.IndicatorId, e.Evidence))])),
            [.. FullMarks.All.Select(_ => nameof(EvidenceRecorded))]);

        saved.Early.Should().BeEmpty("no event is published before its change is saved");
        saved.Checked.Should().Be(3 + FullMarks.All.Count);
    }

    [Fact]
    public async Task A_domain_event_raised_by_a_command_that_loses_the_race_to_save_is_never_published()
    {
        HoldBeforeCommit<FinalizeAssessment>();
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);
        var before = Notifications.Events().Count;

        // Both finalizations raise the transition on their own copy; only the winner's is saved.
        var outcomes = await Task.WhenAll(Outcome(Finalize(roundId, DongNai.TanPhong)), Outcome(Finalize(roundId, DongNai.TanPhong)));

        outcomes.Should().ContainSingle(o => o is ConcurrencyException);
        Notifications.Events().Skip(before).Select(Describe).Should().Equal("AssessmentTransitioned Appraised → Finalized");
        Notifications.Of<AssessmentFinalized>().Should().ContainSingle();
    }

    [Fact]
    public async Task A_refused_command_publishes_no_domain_event()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.UnderAppraisal);
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);
        var observation = await Observe("CB-017", "5K.1", new LocalDate(2024, 9, 17), "TTr-2024-031");
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Xác minh đúng"));
        var before = Notifications.Events().Count;

        await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Finalize(roundId, DongNai.TanPhong));
        await ((Func<Task>)(() => SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Lần nữa")))).Should().ThrowAsync<WorkflowException>();
        await ((Func<Task>)(() => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Không có quyền")))).Should().ThrowAsync<AuthorizationException>();

        Notifications.Events().Should().HaveCount(before, "a refused command's events are dropped with its scope");
    }

    /// <summary>Sends the steps and checks the domain events they published, described by <see cref="Describe"/>.</summary>
    private async Task Publishes(Func<Task> steps, params string[] expected)
    {
        var before = Notifications.Events().Count;
        await steps();
        Notifications.Events().Skip(before).Select(Describe).Should().Equal(expected);
    }

    private static string Describe(IDomainEvent raised) => raised switch
    {
        AssessmentTransitioned t => $"{nameof(AssessmentTransitioned)} {t.From} → {t.To}",
        ObservationStepTaken s => $"{nameof(ObservationStepTaken)} {s.Status}",
        PlanChanged p => $"{nameof(PlanChanged)} {p.Change}",
        _ => raised.GetType().Name,
    };

    /// <summary>Adds a handler of every notification that records whether each domain event's change was saved when it was heard.</summary>
    private SavedBeforePublishedLog ProbeSavedBeforePublished()
    {
        var log = new SavedBeforePublishedLog();
        _probes.Add(services =>
        {
            services.AddSingleton(log);
            services.AddTransient(typeof(INotificationHandler<>), typeof(SavedBeforePublishedProbe<>));
        });
        return log;
    }
}
