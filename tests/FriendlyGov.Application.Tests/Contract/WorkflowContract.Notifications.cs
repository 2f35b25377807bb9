using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task Finalizing_publishes_AssessmentFinalized_after_it_is_saved()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await RecordSelf(roundId, DongNai.TanPhong, FullMarks.All);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Appraised);
        Notifications.All().Should().BeEmpty("no step before finalization publishes anything");

        await Finalize(roundId, DongNai.TanPhong);

        var assessment = await StoredAssessment(roundId, DongNai.TanPhong);
        Notifications.All().Should().Equal(new AssessmentFinalized(assessment.Id, roundId, DongNai.TanPhong, 100m, "excellent"));
    }

    /// <summary>
    /// Full marks, 100, but the head's “5 không” 5K.1 (serious, weight 3) is confirmed: G4.2.2 is
    /// max(0, 3 − 1 × 3) = 0, so 97, still excellent by its band; cap C3 (a head's confirmed 5K
    /// breach) lowers it to satisfactory. C2 counts only 5K.3 and 5K.5.
    /// </summary>
    [Fact]
    public async Task Finalizing_under_a_cap_also_publishes_RatingCapped()
    {
        var roundId = await OpenRound([DongNai.QuyetThang]);
        await RegisterOfficial("CB-005", DongNai.QuyetThang, OfficialRole.Head);
        await RecordSelf(roundId, DongNai.QuyetThang, FullMarks.All);
        var observation = await Observe("CB-005", "5K.1", new LocalDate(2024, 9, 17), "TTr-2024-031");
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Thanh tra xác minh đúng"));
        await Reach(roundId, DongNai.QuyetThang, AssessmentState.Appraised);

        var card = await Finalize(roundId, DongNai.QuyetThang);

        card.Should().BeEquivalentTo(new { Total = 97m, BandRating = "excellent", Rating = "satisfactory", Caps = new[] { "C3" } });
        var assessmentId = (await StoredAssessment(roundId, DongNai.QuyetThang)).Id;
        Notifications.Of<AssessmentFinalized>().Should().Equal(new AssessmentFinalized(assessmentId, roundId, DongNai.QuyetThang, 97m, "satisfactory"));
        var capped = Notifications.Of<RatingCapped>().Should().ContainSingle().Which;
        capped.Should().BeEquivalentTo(new RatingCapped(assessmentId, DongNai.QuyetThang, "excellent", "satisfactory", ["C3"]));
    }

    [Fact]
    public async Task A_refused_finalization_publishes_nothing()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.UnderAppraisal);

        await RefusedWithoutChange<WorkflowException>(roundId, DongNai.TanPhong, () => Finalize(roundId, DongNai.TanPhong));

        Notifications.All().Should().BeEmpty();
    }
}
