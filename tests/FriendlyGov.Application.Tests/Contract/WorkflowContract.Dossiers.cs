using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Dossiers;
using FriendlyGov.Application.Dossiers.GetDossierStatistics;
using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>The one-stop system's nightly import, for every province.</summary>
    private static Actor DossierImporter { get; } = new("one-stop-import", new HashSet<ActorRole> { ActorRole.DataImporter });

    private static DossierStatisticsRow DossierRow(int row, string unitCode, string period, params int[] counts) =>
        new(row, unitCode, AssessmentPeriod.Parse(period), new DossierCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]));

    private static ImportDossierStatistics DossierImport(params DossierStatisticsRow[] rows) => new(Guid.NewGuid(), "dossiers.csv", rows);

    [Fact]
    public async Task Importing_dossier_statistics_adds_new_rows_and_revises_recorded_ones()
    {
        await RegisterUnits();
        var first = await SendAs(DossierImporter, DossierImport(
            DossierRow(2, DongNai.TanPhong, "2024-Q4", 120, 100, 8, 2, 10, 90),
            DossierRow(3, DongNai.BinhLoc, "2024-Q4", 40, 38, 2, 0, 0, 12)));
        var second = await SendAs(Actors.Administrator, DossierImport(
            DossierRow(2, DongNai.TanPhong, "2024-Q4", 121, 100, 8, 2, 11, 91),
            DossierRow(3, DongNai.BinhLoc, "2024-Q4", 40, 38, 2, 0, 0, 12),
            DossierRow(4, DongNai.TanPhong, "2024-12", 45, 40, 3, 1, 1, 30)));

        first.Should().Be(new DossierImportResult(2, 0, 0));
        second.Should().Be(new DossierImportResult(1, 1, 1));
        (await StoredCount<DossierStatistics>()).Should().Be(3);
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetDossierStatistics(DongNai.TanPhong, "2024-Q4")))
            .Should().Be(new DossierCounts(121, 100, 8, 2, 11, 91));
        (await SendAs(Actors.Appraiser, new GetDossierStatistics(DongNai.TanPhong, "2024-12"))).Should().Be(new DossierCounts(45, 40, 3, 1, 1, 30));
        (await SendAs(Actors.Appraiser, new GetDossierStatistics(DongNai.TanPhong, "2024-11"))).Should().BeNull("no statistics were recorded for November");
        (await SendAs(Actors.Appraiser, new GetDossierStatistics(DongNai.BinhLoc, "2024-Q4"))).Should().Be(new DossierCounts(40, 38, 2, 0, 0, 12));
    }

    [Fact]
    public async Task An_import_with_a_bad_row_names_every_bad_row_and_records_nothing()
    {
        await RegisterUnits();

        var unknown = () => SendAs(DossierImporter, DossierImport(
            DossierRow(2, DongNai.TanPhong, "2024-Q4", 1, 1, 0, 0, 0, 0),
            DossierRow(3, "99999", "2024-Q4", 1, 1, 0, 0, 0, 0),
            DossierRow(4, "99998", "2024-Q4", 1, 1, 0, 0, 0, 0)));
        var twice = () => SendAs(DossierImporter, DossierImport(
            DossierRow(2, DongNai.TanPhong, "2024-Q4", 1, 1, 0, 0, 0, 0),
            DossierRow(3, "2599", "2024-Q4", 1, 1, 0, 0, 0, 0),
            DossierRow(4, DongNai.TanPhong, "2024-Q4", 2, 2, 0, 0, 0, 0)));

        (await unknown.Should().ThrowAsync<ValidationException>()).Which.Problems.Select(p => p.ToString()).Should().Equal(
            "row 3, column unitCode: unit 99999 is not registered",
            "row 4, column unitCode: unit 99998 is not registered");
        (await twice.Should().ThrowAsync<ValidationException>()).Which.Problems.Select(p => p.ToString()).Should().Equal(
            "row 3, column unitCode: '2599' is not a unit code: five digits, such as 25996",
            "row 4, column period: unit 25996 for 2024-Q4 is already on row 2: give each unit and period once");
        (await StoredCount<DossierStatistics>()).Should().Be(0);
    }

    [Fact]
    public async Task Only_a_data_importer_or_administrator_of_the_units_province_imports_dossier_statistics()
    {
        await RegisterUnits();
        var importerOfBinhDuong = new Actor("import-binh-duong", new HashSet<ActorRole> { ActorRole.DataImporter }, "Bình Dương");

        foreach (var actor in new[] { importerOfBinhDuong, Actors.AdministratorOfBinhDuong, Actors.Appraiser, Actors.OfficerOf(DongNai.TanPhong) })
        {
            var send = () => SendAs(actor, DossierImport(DossierRow(2, DongNai.TanPhong, "2024", 1, 1, 0, 0, 0, 0)));
            (await send.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(DossierAuthorization.ImporterInScope, actor.Id);
        }

        (await StoredCount<DossierStatistics>()).Should().Be(0);
        var read = () => SendAs(Actors.AppraiserOfBinhDuong, new GetDossierStatistics(DongNai.TanPhong, "2024"));
        (await read.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
    }
}
