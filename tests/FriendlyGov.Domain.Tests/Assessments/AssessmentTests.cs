using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Events;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Assessments;

public sealed class AssessmentTests
{
    // 2024-06-30 23:00 in Hà Nội (UTC+7) is 16:00 UTC; one hour later it is 1 July there.
    private static readonly Instant LastHourOfDeadline = Instant.FromUtc(2024, 6, 30, 16, 0);
    private static readonly Instant FirstHourAfter = Instant.FromUtc(2024, 6, 30, 17, 0);

    private static AssessmentRound Round(bool refuseLate = false) => new(
        FrameworkId.Parse("dongnai-friendly-government@2024.1"), AssessmentPeriod.OfYear(2024), "Đồng Nai", ["25996", "26089"],
        new LocalDate(2024, 6, 30), new LocalDate(2024, 9, 30), refuseLate, "admin", Instant.FromUtc(2024, 1, 2, 0, 0));

    private static ScorecardSnapshot Snapshot(decimal total) => new(
        "dongnai-friendly-government@2024.1", "25996", "Phường Tân Phong", "2024", total, "good", 1, "good", 0m,
        new Dictionary<string, decimal>(), new Dictionary<string, decimal>(), [], [], new Dictionary<string, LocalizedText>());

    private static (string? Name, UnitKind? Kind, string? Framework, string? Period, decimal? Total, string? Rating, int? RatingRank) Standing(Assessment a) =>
        (a.FinalUnitName, a.FinalUnitKind, a.FinalFramework, a.FinalPeriod, a.FinalTotal, a.FinalRating, a.FinalRatingRank);

    private static Assessment Appraised(AssessmentRound round)
    {
        var assessment = new Assessment(round.Id, "25996", new LocalDate(2020, 1, 1));
        assessment.SubmitSelfAssessment(round, "officer", LastHourOfDeadline);
        assessment.StartAppraisal("appraiser", FirstHourAfter);
        assessment.CompleteAppraisal("appraiser", FirstHourAfter);
        return assessment;
    }

    [Fact]
    public void Goes_through_every_state_to_finalized_raising_an_event_per_transition()
    {
        var round = Round();
        var assessment = Appraised(round);

        assessment.FinalizeWith(Snapshot(80m), UnitKind.Ward, "admin", FirstHourAfter);

        assessment.State.Should().Be(AssessmentState.Finalized);
        assessment.DomainEvents.OfType<AssessmentTransitioned>().Select(e => (e.From, e.To)).Should().Equal(
            (AssessmentState.Draft, AssessmentState.SelfAssessmentSubmitted),
            (AssessmentState.SelfAssessmentSubmitted, AssessmentState.UnderAppraisal),
            (AssessmentState.UnderAppraisal, AssessmentState.Appraised),
            (AssessmentState.Appraised, AssessmentState.Finalized));
        assessment.Version.Should().Be(4);
    }

    [Fact]
    public void A_submission_on_the_deadline_day_in_Vietnam_is_on_time_and_one_after_is_late()
    {
        var onTime = new Assessment(Round().Id, "25996", new LocalDate(2020, 1, 1));
        var late = new Assessment(Round().Id, "26089", new LocalDate(2020, 1, 1));

        onTime.SubmitSelfAssessment(Round(), "officer", LastHourOfDeadline);
        late.SubmitSelfAssessment(Round(), "officer", FirstHourAfter);

        onTime.SubmittedLate.Should().BeFalse();
        late.SubmittedLate.Should().BeTrue();
        late.DomainEvents.OfType<AssessmentTransitioned>().Single().Reason.Should().Be("late: the deadline was 2024-06-30");
    }

    [Fact]
    public void A_late_submission_is_refused_where_the_round_says_so_and_nothing_changes()
    {
        var assessment = new Assessment(Round().Id, "25996", new LocalDate(2020, 1, 1));

        var submit = () => assessment.SubmitSelfAssessment(Round(refuseLate: true), "officer", FirstHourAfter);

        submit.Should().Throw<DomainRuleException>().WithMessage("*unit 25996 is refused: its deadline was 2024-06-30*")
            .Which.Rule.Should().Be(DomainRules.LateSubmission);
        assessment.State.Should().Be(AssessmentState.Draft);
        assessment.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Refuses_each_illegal_transition_naming_the_state_and_changes_nothing()
    {
        var assessment = new Assessment(Round().Id, "25996", new LocalDate(2020, 1, 1));

        var actions = new Action[]
        {
            () => assessment.StartAppraisal("appraiser", FirstHourAfter),
            () => assessment.CompleteAppraisal("appraiser", FirstHourAfter),
            () => assessment.FinalizeWith(Snapshot(1m), UnitKind.Ward, "admin", FirstHourAfter),
            () => assessment.ReopenOnAppeal("lý do", "admin", FirstHourAfter),
            () => assessment.RecordAppraisalEvidence("G1.1.2", new IndicatorEvidence { Met = true }, "appraiser", FirstHourAfter),
        };

        foreach (var action in actions)
            action.Should().Throw<DomainRuleException>().WithMessage("*unit 25996: the assessment is Draft*");
        assessment.State.Should().Be(AssessmentState.Draft);
        assessment.Version.Should().Be(0);
    }

    [Fact]
    public void Self_assessed_evidence_is_closed_once_submitted()
    {
        var round = Round();
        var assessment = new Assessment(round.Id, "25996", new LocalDate(2020, 1, 1));
        assessment.SubmitSelfAssessment(round, "officer", LastHourOfDeadline);

        var record = () => assessment.RecordSelfEvidence("G1.1.2", new IndicatorEvidence { Met = true }, "officer", FirstHourAfter);

        record.Should().Throw<DomainRuleException>().WithMessage("Cannot record self-assessed evidence for unit 25996*")
            .Which.Rule.Should().Be(DomainRules.AssessmentWorkflow);
    }

    [Fact]
    public void An_appeal_needs_a_reason_and_keeps_the_final_scorecard_until_finalized_again()
    {
        var round = Round();
        var assessment = Appraised(round);
        assessment.FinalizeWith(Snapshot(80m), UnitKind.Ward, "admin", FirstHourAfter);

        var withoutReason = () => assessment.ReopenOnAppeal(" ", "admin", FirstHourAfter);
        withoutReason.Should().Throw<DomainRuleException>().WithMessage("*only be reopened with the appeal's reason*")
            .Which.Rule.Should().Be(DomainRules.AppealReason);

        assessment.ReopenOnAppeal("Đơn vị khiếu nại điểm G3.1.1", "admin", FirstHourAfter);
        assessment.State.Should().Be(AssessmentState.Reopened);
        assessment.FinalScorecard!.Total.Should().Be(80m);

        assessment.RecordAppraisalEvidence("G3.1.1", new IndicatorEvidence { Value = 1m }, "appraiser", FirstHourAfter);
        assessment.CompleteAppraisal("appraiser", FirstHourAfter);
        assessment.FinalizeWith(Snapshot(84m), UnitKind.Ward, "admin", FirstHourAfter);

        assessment.FinalScorecard.Total.Should().Be(84m);
        assessment.Appeals.Should().Be(1);
    }

    [Fact]
    public void Finalization_keeps_the_standing_beside_the_scorecard_and_an_appeal_keeps_it_until_finalized_again()
    {
        var round = Round();
        var assessment = Appraised(round);

        // Snapshot(80.50m): framework 2024.1, unit 25996 "Phường Tân Phong", period 2024, rating "good", second of the ratings (rank 1).
        assessment.FinalizeWith(Snapshot(80.50m), UnitKind.Ward, "admin", FirstHourAfter);

        Standing(assessment).Should().Be(("Phường Tân Phong", UnitKind.Ward, "dongnai-friendly-government@2024.1", "2024", 80.50m, "good", 1));
        assessment.ReopenOnAppeal("Đơn vị khiếu nại điểm G3.1.1", "admin", FirstHourAfter);
        Standing(assessment).Should().Be(("Phường Tân Phong", UnitKind.Ward, "dongnai-friendly-government@2024.1", "2024", 80.50m, "good", 1));

        assessment.CompleteAppraisal("appraiser", FirstHourAfter);
        assessment.FinalizeWith(Snapshot(84m), UnitKind.Ward, "admin", FirstHourAfter);
        assessment.FinalTotal.Should().Be(84m);
    }

    [Fact]
    public void A_never_finalized_assessment_has_no_standing()
    {
        var assessment = Appraised(Round());

        Standing(assessment).Should().Be((null, null, null, null, null, null, null));
    }

    [Fact]
    public void The_latest_entry_of_each_indicator_and_source_counts_and_earlier_ones_are_kept()
    {
        var round = Round();
        var assessment = new Assessment(round.Id, "25996", new LocalDate(2020, 1, 1));
        assessment.RecordSelfEvidence("G3.1.1", new IndicatorEvidence { Value = 0.9m }, "officer", LastHourOfDeadline, "báo cáo quý");
        assessment.RecordSelfEvidence("G3.1.1", new IndicatorEvidence { Value = 0.95m }, "officer", LastHourOfDeadline, "đã sửa");

        var evidence = assessment.ToUnitEvidence(new AssessedUnit("25996", "Phường Tân Phong", UnitKind.Ward), AssessmentPeriod.OfYear(2024), []);

        assessment.Evidence.Should().HaveCount(2);
        evidence.SelfAssessed["G3.1.1"].Value.Should().Be(0.95m);
        evidence.Appraised.Should().BeEmpty();
    }
}
