using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Application.Units.Lineage;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// Units across the reform of 1 July 2025: a reused code is a new unit, and a new unit's history
/// lists its predecessors' results. Names, codes and lineage are real (the built-in catalogue);
/// the figures are invented: full marks make 100, and 90% of dossiers settled on time
/// (G3.1.1 = 4 of 8) makes 96.
/// </summary>
public abstract partial class WorkflowContract
{
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate Before = new(2020, 1, 1);
    private static readonly LocalDate LastDayBefore = new(2025, 6, 30);

    private static IReadOnlyList<(string, IndicatorEvidence)> NinetySix =>
        FullMarks.Except(new Dictionary<string, IndicatorEvidence> { ["G3.1.1"] = new() { Value = 0.9m } });

    /// <summary>
    /// The reproduction: 26041 was Phường Quyết Thắng until 30 June 2025 and is Phường Trấn Biên from
    /// 1 July. Registering Trấn Biên used to be skipped as "already registered", and its history
    /// would have been Quyết Thắng's. Quyết Thắng's 2024 result: full marks, 100.
    /// </summary>
    [Fact]
    public async Task A_reused_code_is_registered_as_a_new_unit_and_the_histories_never_mix()
    {
        var round = await OpenRound([DongNai.QuyetThang], "2024");
        await RecordSelf(round, DongNai.QuyetThang, FullMarks.All);
        await Reach(round, DongNai.QuyetThang, AssessmentState.Finalized);

        var registered = await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), [New("26041", "Phường Trấn Biên", UnitKind.Ward)]));

        registered.Added.Should().Equal("26041");
        registered.AlreadyRegistered.Should().BeEmpty();
        var ambiguous = await FluentActions.Awaiting(() => SendAs(Actors.Administrator, new GetUnitHistory("26041"))).Should().ThrowAsync<ValidationException>();
        ambiguous.Which.Problems.Should().Equal(new Domain.Problem(
            "unitCode",
            "26041 has named 2 units, Phường Quyết Thắng (2020-01-01 to 2025-06-30) and Phường Trấn Biên (2025-07-01 to now): give on, a day in the life of the one meant"));

        var tranBien = await SendAs(Actors.Administrator, new GetUnitHistory("26041", Reform));
        tranBien.UnitName.Should().Be("Phường Trấn Biên");
        tranBien.ExistedFrom.Should().Be(Reform);
        tranBien.Points.Should().BeEmpty("Trấn Biên has no result of its own, and Quyết Thắng's is not its");
        tranBien.Predecessors.Should().BeEmpty("no lineage is recorded: a missing hop");
        tranBien.Baselines.Should().BeEmpty();

        var quyetThang = await SendAs(Actors.Administrator, new GetUnitHistory("26041", new LocalDate(2024, 6, 21)));
        quyetThang.UnitName.Should().Be("Phường Quyết Thắng");
        quyetThang.ExistedUntil.Should().Be(LastDayBefore);
        quyetThang.Points.Should().Equal(new HistoryPoint(round, DongNai.Framework, "2024", 100m, "excellent", null));
    }

    /// <summary>
    /// Merge: Phường Trấn Biên (26041) was formed from Bửu Long (26011), Thống Nhất (26029), Hiệp Hòa
    /// (26065) and others. 2024: Thống Nhất 100, Bửu Long 96, Hiệp Hòa not finalized. Baseline of
    /// the 2 of 3 with results: mean (100 + 96) / 2 = 98, best 100 (26029), worst 96 (26011).
    /// </summary>
    [Fact]
    public async Task A_merged_units_history_lists_its_predecessors_results_and_their_baseline()
    {
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(),
        [
            Old("26011", "Phường Bửu Long", UnitKind.Ward), Old("26065", "Phường Hiệp Hòa", UnitKind.Ward), New("26041", "Phường Trấn Biên", UnitKind.Ward),
        ]));
        var round = await OpenRound([DongNai.ThongNhat, "26011", "26065"], "2024");
        await RecordSelf(round, DongNai.ThongNhat, FullMarks.All);
        await RecordSelf(round, "26011", NinetySix);
        await Reach(round, DongNai.ThongNhat, AssessmentState.Finalized);
        await Reach(round, "26011", AssessmentState.Finalized);

        await SendAs(Actors.Administrator, new RecordUnitLineage(Guid.NewGuid(),
        [
            new("26011", "26041", Reform, UnitChangeKind.Merged), new("26029", "26041", Reform, UnitChangeKind.Merged), new("26065", "26041", Reform, UnitChangeKind.Merged),
        ]));
        var history = await SendAs(Actors.Administrator, new GetUnitHistory("26041", Reform));

        history.Predecessors.Should().Equal(
            new UnitChange("26011", Before, "Phường Bửu Long", Reform, UnitChangeKind.Merged),
            new UnitChange("26029", Before, "Phường Thống Nhất", Reform, UnitChangeKind.Merged),
            new UnitChange("26065", Before, "Phường Hiệp Hòa", Reform, UnitChangeKind.Merged));
        history.Points.Should().Equal(
            new HistoryPoint(round, DongNai.Framework, "2024", 96m, "excellent", null, history.Predecessors[0]),
            new HistoryPoint(round, DongNai.Framework, "2024", 100m, "excellent", null, history.Predecessors[1]));
        history.Baselines.Should().Equal(new PredecessorBaseline("2024", DongNai.Framework, 3, 2, 98m, 100m, "26029", 96m, "26011"));
        (await SendAs(Actors.OfficerOf(DongNai.ThongNhat), new GetUnitHistory(DongNai.ThongNhat))).Successors
            .Should().Equal(new UnitChange("26041", Reform, "Phường Trấn Biên", Reform, UnitChangeKind.Merged));
    }

    /// <summary>
    /// Split: Xã Nam Cát Tiên (26122) was divided between the new Xã Nam Cát Tiên (26122, the code
    /// kept) and Xã Tà Lài (26134), which also took in the old Xã Tà Lài (26131). 2024: Nam Cát Tiên
    /// 100, Tà Lài 96. The new Tà Lài: mean (100 + 96) / 2 = 98; the new Nam Cát Tiên: 100 alone.
    /// </summary>
    [Fact]
    public async Task A_split_units_result_counts_in_each_of_its_successors()
    {
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(),
        [
            Old("26122", "Xã Nam Cát Tiên", UnitKind.Commune), New("26122", "Xã Nam Cát Tiên", UnitKind.Commune), New("26134", "Xã Tà Lài", UnitKind.Commune),
        ]));
        var round = await OpenRound(["26122", DongNai.TaLai], "2024");
        await RecordSelf(round, "26122", FullMarks.All);
        await RecordSelf(round, DongNai.TaLai, NinetySix);
        await Reach(round, "26122", AssessmentState.Finalized);
        await Reach(round, DongNai.TaLai, AssessmentState.Finalized);

        await SendAs(Actors.Administrator, new RecordUnitLineage(Guid.NewGuid(),
        [
            new("26122", "26122", Reform, UnitChangeKind.Split), new("26122", "26134", Reform, UnitChangeKind.Split), new("26131", "26134", Reform, UnitChangeKind.Merged),
        ]));

        var taLai = await SendAs(Actors.Administrator, new GetUnitHistory("26134"));
        taLai.Predecessors.Select(p => (p.Code, p.Kind)).Should().Equal(("26122", UnitChangeKind.Split), ("26131", UnitChangeKind.Merged));
        taLai.Points.Select(p => (p.Predecessor!.Code, p.Total)).Should().Equal(("26122", 100m), ("26131", 96m));
        taLai.Baselines.Should().Equal(new PredecessorBaseline("2024", DongNai.Framework, 2, 2, 98m, 100m, "26122", 96m, "26131"));

        var namCatTien = await SendAs(Actors.Administrator, new GetUnitHistory("26122", Reform));
        namCatTien.Baselines.Should().Equal(new PredecessorBaseline("2024", DongNai.Framework, 1, 1, 100m, 100m, "26122", 100m, "26122"));
        var old = await SendAs(Actors.Administrator, new GetUnitHistory("26122", LastDayBefore));
        old.Successors.Should().Equal(
            new UnitChange("26122", Reform, "Xã Nam Cát Tiên", Reform, UnitChangeKind.Split),
            new UnitChange("26134", Reform, "Xã Tà Lài", Reform, UnitChangeKind.Split));
        old.Points.Should().ContainSingle().Which.Predecessor.Should().BeNull("the old unit's own result is not a predecessor's");
    }

    /// <summary>
    /// Rename: Thị trấn Tân Phú (26116) became Xã Tân Phú under the same code. 2024: 100. A 2025
    /// round on the 2025 framework assesses the new unit, named by its code and first day.
    /// </summary>
    [Fact]
    public async Task A_renamed_unit_keeps_its_code_and_is_assessed_in_2025_as_the_new_unit()
    {
        var round = await OpenRound([DongNai.TanPhu], "2024");
        await RecordSelf(round, DongNai.TanPhu, FullMarks.All);
        await Reach(round, DongNai.TanPhu, AssessmentState.Finalized);
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), [New(DongNai.TanPhu, "Xã Tân Phú", UnitKind.Commune)]));
        await SendAs(Actors.Administrator, new RecordUnitLineage(Guid.NewGuid(), [new(DongNai.TanPhu, DongNai.TanPhu, Reform, UnitChangeKind.Renamed)]));

        var round2025 = await SendAs(Actors.Administrator, new OpenRound(
            Guid.NewGuid(), "dongnai-friendly-government@2025.1", "2025", DongNai.Province, [DongNai.TanPhu], new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28)));
        var history = await SendAs(Actors.Administrator, new GetUnitHistory(DongNai.TanPhu, Reform));

        (await StoredAssessment(round2025, DongNai.TanPhu)).UnitExistedFrom.Should().Be(Reform);
        (await StoredAssessment(round, DongNai.TanPhu)).UnitExistedFrom.Should().Be(Before);
        history.Predecessors.Should().Equal(new UnitChange(DongNai.TanPhu, Before, "Thị trấn Tân Phú", Reform, UnitChangeKind.Renamed));
        history.Points.Should().Equal(new HistoryPoint(round, DongNai.Framework, "2024", 100m, "excellent", null, history.Predecessors[0]));
        history.Baselines.Should().Equal(new PredecessorBaseline("2024", DongNai.Framework, 1, 1, 100m, 100m, DongNai.TanPhu, 100m, DongNai.TanPhu));
    }

    /// <summary>
    /// Missing hop, from the shipped data: the old Phường Quyết Thắng (26041) has no successor in the
    /// lineage file, while the new Phường Trấn Biên (26041) has 7 predecessors in Đồng Nai
    /// (awk -F, '$4=="26041"' vn-unit-lineage-2025.csv), Thống Nhất (26029) among them. By default
    /// the lineage comes from Bình Phước too, which joined Đồng Nai: Phường Bình Phước (25195) was
    /// formed from 6 of its units (awk -F, '$4=="25195"'). Bình Phước's administrator registered them;
    /// Đồng Nai's records their lineage into Đồng Nai's units.
    /// </summary>
    [Fact]
    public async Task The_catalogues_lineage_is_recorded_in_one_request_and_a_missing_hop_stays_empty()
    {
        CatalogueRegistrations.PredecessorProvinces(DongNai.Province).Should().Equal("Bình Phước", DongNai.Province);
        await SendAs(Actors.AdministratorOfBinhPhuoc, CatalogueRegistrations.ForProvince(Guid.NewGuid(), "Bình Phước", new LocalDate(2024, 6, 21)));
        await SendAs(Actors.Administrator, CatalogueRegistrations.ForProvince(Guid.NewGuid(), DongNai.Province, new LocalDate(2024, 6, 21)));
        await SendAs(Actors.Administrator, CatalogueRegistrations.ForProvince(Guid.NewGuid(), DongNai.Province, Reform));

        await SendAs(Actors.Administrator, CatalogueRegistrations.LineageIntoProvince(Guid.NewGuid(), DongNai.Province));

        var tranBien = await SendAs(Actors.Administrator, new GetUnitHistory("26041", Reform));
        tranBien.Predecessors.Select(p => p.Code).Should().Equal("26011", "26023", "26029", "26032", "26044", "26050", "26065");
        tranBien.Predecessors.Should().OnlyContain(p => p.Kind == UnitChangeKind.Merged && p.On == Reform && p.ExistedFrom == new LocalDate(2024, 2, 1));
        var quyetThang = await SendAs(Actors.Administrator, new GetUnitHistory("26041", new LocalDate(2024, 6, 21)));
        quyetThang.Successors.Should().BeEmpty("the shipped lineage lacks Quyết Thắng's step");
        var binhPhuoc = await SendAs(Actors.Administrator, new GetUnitHistory("25195", Reform));
        binhPhuoc.Predecessors.Select(p => p.Code).Should().Equal("25195", "25198", "25201", "25204", "25205", "25213");
    }

    /// <summary>
    /// An app that registered only Đồng Nai's own units of 2024 links only their lineage with
    /// onlyFrom: Trấn Biên keeps its 7 predecessors, Phường Bình Phước (25195) has none recorded.
    /// </summary>
    [Fact]
    public async Task The_catalogues_lineage_from_only_some_provinces_leaves_the_others_units_without_predecessors()
    {
        await SendAs(Actors.Administrator, CatalogueRegistrations.ForProvince(Guid.NewGuid(), DongNai.Province, new LocalDate(2024, 6, 21)));
        await SendAs(Actors.Administrator, CatalogueRegistrations.ForProvince(Guid.NewGuid(), DongNai.Province, Reform));

        await SendAs(Actors.Administrator, CatalogueRegistrations.LineageIntoProvince(Guid.NewGuid(), DongNai.Province, onlyFrom: [DongNai.Province]));

        (await SendAs(Actors.Administrator, new GetUnitHistory("26041", Reform))).Predecessors.Should().HaveCount(7);
        (await SendAs(Actors.Administrator, new GetUnitHistory("25195", Reform))).Predecessors.Should().BeEmpty();
    }

    /// <summary>
    /// Bình Dương did not merge into Đồng Nai (it joined Hồ Chí Minh City): Đồng Nai's administrator
    /// cannot make its Phường Hiệp Thành (25741) a predecessor of a Đồng Nai unit, whose history
    /// would then show Bình Dương's results to Đồng Nai.
    /// </summary>
    [Fact]
    public async Task Lineage_from_a_province_that_did_not_merge_into_the_administrators_is_refused()
    {
        await SendAs(Actors.AdministratorOfBinhDuong, new RegisterUnits(Guid.NewGuid(),
            [new UnitRegistration("25741", UnitKind.Ward, "Phường Hiệp Thành", "Bình Dương", Before, LastDayBefore)]));
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), [New("26041", "Phường Trấn Biên", UnitKind.Ward)]));

        var refused = FluentActions.Awaiting(() => SendAs(Actors.Administrator, new RecordUnitLineage(Guid.NewGuid(), [new("25741", "26041", Reform, UnitChangeKind.Merged)])));

        (await refused.Should().ThrowAsync<AuthorizationException>()).Which.Message.Should().EndWith("only a province administrator of Bình Dương may do this");
    }

    /// <summary>All or nothing: a row that names a unit not registered refuses the whole request.</summary>
    [Fact]
    public async Task Lineage_naming_a_unit_not_registered_is_refused_and_nothing_is_recorded()
    {
        await RegisterUnits();
        await SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), [New("26041", "Phường Trấn Biên", UnitKind.Ward)]));

        var refused = await FluentActions.Awaiting(() => SendAs(Actors.Administrator, new RecordUnitLineage(Guid.NewGuid(),
        [
            new(DongNai.ThongNhat, "26041", Reform, UnitChangeKind.Merged), new("26011", "26041", Reform, UnitChangeKind.Merged),
        ]))).Should().ThrowAsync<ValidationException>();

        refused.Which.Problems.Should().Equal(new Domain.Problem("links[1].predecessorCode", "no unit 26011 that existed on 2025-06-30 is registered"));
        (await SendAs(Actors.Administrator, new GetUnitHistory("26041", Reform))).Predecessors.Should().BeEmpty();
    }

    /// <summary>Two units of one code cannot exist on the same day: a second form that begins before the first ended is refused.</summary>
    [Fact]
    public async Task A_second_unit_of_a_code_overlapping_the_first_is_refused()
    {
        await RegisterUnits();

        var refused = await FluentActions.Awaiting(() => SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(),
            [new UnitRegistration("26041", UnitKind.Ward, "Phường Trấn Biên", DongNai.Province, new LocalDate(2025, 6, 1))]))).Should().ThrowAsync<ValidationException>();

        refused.Which.Problems.Should().Equal(new Domain.Problem(
            "units[0].existedFrom",
            "unit 26041 Phường Trấn Biên (from 2025-06-01) would overlap 26041 Phường Quyết Thắng (from 2020-01-01), registered under the same code; two units of one code cannot exist on the same day"));
    }

    private static UnitRegistration Old(string code, string name, UnitKind kind) => new(code, kind, name, DongNai.Province, Before, LastDayBefore);

    private static UnitRegistration New(string code, string name, UnitKind kind) => new(code, kind, name, DongNai.Province, Reform);
}
