using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// Phường Tân Phong: full marks in 2024 (100); in 2023 only 90% of dossiers settled on time,
    /// G3.1.1 = 4 of 8, so 96. The 2024 round is opened first: history goes by period, not by when
    /// the rounds were opened. Change: 100 − 96 = +4.
    /// </summary>
    [Fact]
    public async Task A_units_history_lists_its_finalized_rounds_oldest_period_first_with_the_change()
    {
        var round2024 = await OpenRound([DongNai.TanPhong], "2024");
        var round2023 = await OpenRound([DongNai.TanPhong], "2023");
        await RecordSelf(round2024, DongNai.TanPhong, FullMarks.All);
        await RecordSelf(round2023, DongNai.TanPhong, FullMarks.Except(new Dictionary<string, IndicatorEvidence> { ["G3.1.1"] = new() { Value = 0.9m } }));
        await Reach(round2024, DongNai.TanPhong, AssessmentState.Finalized);

        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetUnitHistory(DongNai.TanPhong))).Points.Should().ContainSingle("the 2023 round is not finalized yet");

        await Reach(round2023, DongNai.TanPhong, AssessmentState.Finalized);
        var history = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetUnitHistory(DongNai.TanPhong));

        history.Points.Should().Equal(
            new HistoryPoint(round2023, DongNai.Framework, "2023", 96m, "excellent", null),
            new HistoryPoint(round2024, DongNai.Framework, "2024", 100m, "excellent", 4m));
    }

    /// <summary>
    /// Full marks for Phường Tân Phong in 2024: 100 points, "excellent", the framework's first
    /// rating (rank 0). Finalization keeps that standing beside the scorecard, where rankings and
    /// histories read it; an appeal leaves it as it was.
    /// </summary>
    [Fact]
    public async Task Finalization_stores_the_standing_that_rankings_and_histories_read()
    {
        var roundId = await OpenRound([DongNai.TanPhong], "2024");
        await RecordSelf(roundId, DongNai.TanPhong, FullMarks.All);
        await Reach(roundId, DongNai.TanPhong, AssessmentState.Finalized);
        await Appeal(roundId, DongNai.TanPhong);

        var stored = await StoredAssessment(roundId, DongNai.TanPhong);

        (stored.FinalUnitName, stored.FinalUnitKind, stored.FinalFramework, stored.FinalPeriod, stored.FinalTotal, stored.FinalRating, stored.FinalRatingRank)
            .Should().Be(("Phường Tân Phong", UnitKind.Ward, DongNai.Framework, "2024", 100m, "excellent", 0));
    }
}
