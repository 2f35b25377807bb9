using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Application.Units.Lineage;
using FriendlyGov.Application.Units.Register;
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

    /// <summary>
    /// Phường Trấn Biên (26041 from 2025-07-01) formed from Bửu Long (26011), Thống Nhất (26029) and
    /// Hiệp Hòa (26065). Thống Nhất: 2023 96 (G3.1.1 = 4 of 8), 2024 100, so +4; Bửu Long: 2024 96;
    /// Hiệp Hòa: not finalized. The old Phường Quyết Thắng (26041 until 2025-06-30) scored 100 in 2024:
    /// same code, another unit, so not in Trấn Biên's history. Baselines: 2023, 1 of 3, all 96
    /// (26029); 2024, 2 of 3, mean (96 + 100) / 2 = 98, best 100 (26029), worst 96 (26011).
    /// The unit and its three predecessors are read in one query, not four.
    /// </summary>
    [Fact]
    public async Task A_history_reads_the_unit_and_all_its_predecessors_in_one_query()
    {
        var reads = CountReadsOf<Assessment>();
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(),
        [
            Old("26011", "Phường Bửu Long", UnitKind.Ward), Old("26065", "Phường Hiệp Hòa", UnitKind.Ward), New("26041", "Phường Trấn Biên", UnitKind.Ward),
        ]));
        var round2023 = await OpenRound([DongNai.ThongNhat], "2023");
        var round2024 = await OpenRound([DongNai.ThongNhat, "26011", "26065", DongNai.QuyetThang], "2024");
        await RecordSelf(round2023, DongNai.ThongNhat, NinetySix);
        await RecordSelf(round2024, DongNai.ThongNhat, FullMarks.All);
        await RecordSelf(round2024, "26011", NinetySix);
        await RecordSelf(round2024, DongNai.QuyetThang, FullMarks.All);
        foreach (var (round, code) in new[] { (round2023, DongNai.ThongNhat), (round2024, DongNai.ThongNhat), (round2024, "26011"), (round2024, DongNai.QuyetThang) })
            await Reach(round, code, AssessmentState.Finalized);
        await SendAs(Actors.Administrator, new RecordUnitLineage(Guid.NewGuid(),
        [
            new("26011", "26041", Reform, UnitChangeKind.Merged), new(DongNai.ThongNhat, "26041", Reform, UnitChangeKind.Merged), new("26065", "26041", Reform, UnitChangeKind.Merged),
        ]));

        var before = reads.Reads;
        var history = await SendAs(Actors.Administrator, new GetUnitHistory("26041", Reform));

        (reads.Reads - before).Should().Be(1, "the unit's and its 3 predecessors' standings are one query");
        history.Predecessors.Select(p => p.Code).Should().Equal("26011", DongNai.ThongNhat, "26065");
        history.Points.Should().Equal(
            new HistoryPoint(round2023, DongNai.Framework, "2023", 96m, "excellent", null, history.Predecessors[1]),
            new HistoryPoint(round2024, DongNai.Framework, "2024", 96m, "excellent", null, history.Predecessors[0]),
            new HistoryPoint(round2024, DongNai.Framework, "2024", 100m, "excellent", 4m, history.Predecessors[1]));
        history.Baselines.Should().Equal(
            new PredecessorBaseline("2023", DongNai.Framework, 3, 1, 96m, 96m, DongNai.ThongNhat, 96m, DongNai.ThongNhat),
            new PredecessorBaseline("2024", DongNai.Framework, 3, 2, 98m, 100m, DongNai.ThongNhat, 96m, "26011"));
    }
}
