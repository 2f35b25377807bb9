using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;
using FriendlyGov.Workbooks;
using FriendlyGov.Workbooks.Tests;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>
/// A unit's evidence workbook over HTTP: downloaded for the round, filled by a program that only
/// writes cell values (<see cref="RawWorkbook"/>), uploaded back. Rows of a unit sheet of
/// dongnai-friendly-government@2024.1, counted by hand from the framework: G1.1.2 (check) row 10,
/// G1.2.1 (ratio) row 11, G4.2.1 (points) row 28; column E the self-assessed value, G its note.
/// </summary>
public sealed class WorkbookTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_download_is_the_units_workbook_naming_the_rounds_framework_its_version_and_its_hash_in_the_hidden_sheet()
    {
        var round = await Given.ARound(api, "2024");
        using var officer = api.As(Actors.OfficerOf(Given.TanPhong));

        using var response = await officer.Get(Url(round, Given.TanPhong));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(XlsxType);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("evidence-25996-2024.xlsx");
        using var book = new RawWorkbook(await response.Content.ReadAsByteArrayAsync(Cancel));
        book.IsHidden("friendlygov").Should().BeTrue();
        book.Text("friendlygov", "B1").Should().Be("friendlygov.evidence-workbook/1");
        book.Text("friendlygov", "B2").Should().Be("dongnai-friendly-government@2024.1");
        // The SHA-256 of the framework's canonical JSON, computed here from the built-in framework.
        var framework = BuiltInFrameworks.Get(FrameworkId.Parse(Given.Framework));
        book.Text("friendlygov", "B3").Should().Be(Convert.ToHexStringLower(SHA256.HashData(FrameworkWriter.Write(framework))));
        book.Text("friendlygov", "B5").Should().Be("2024");
        // The unit as registered by Given: code, name, kind (a ward is 'phuong'), province.
        new[] { "B7", "C7", "D7", "E7" }.Select(c => book.Text("friendlygov", c)).Should().Equal("25996", "Phường Tân Phong", "phuong", "Đồng Nai");
    }

    [Fact]
    public async Task The_download_names_the_unit_the_round_assesses_when_a_reform_gave_its_code_to_another_unit_since()
    {
        // 26041 was Phường Quyết Thắng until 30 June 2025 and is Phường Trấn Biên from 1 July 2025:
        // a 2024 round assesses Quyết Thắng, the unit that existed at the end of 2024.
        using var admin = api.As(Actors.Administrator);
        await admin.Post("/units", new
        {
            units = new object[]
            {
                new { code = "26041", kind = "ward", name = "Phường Quyết Thắng", province = Actors.Province, existedFrom = "2020-01-01", existedUntil = "2025-06-30", district = "Thành phố Biên Hòa" },
                new { code = "26041", kind = "ward", name = "Phường Trấn Biên", province = Actors.Province, existedFrom = "2025-07-01" },
            },
        }).Ok<JsonElement>();
        var round = (await admin.Post("/rounds", Given.RoundOf("2024", "26041")).Ok<JsonElement>()).GetProperty("roundId").GetGuid();

        using var response = await admin.Get(Url(round, "26041"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var book = new RawWorkbook(await response.Content.ReadAsByteArrayAsync(Cancel));
        new[] { "B7", "C7", "D7", "E7" }.Select(c => book.Text("friendlygov", c)).Should().Equal("26041", "Phường Quyết Thắng", "phuong", "Đồng Nai");
    }

    [Fact]
    public async Task Only_who_may_read_the_units_assessment_downloads_its_workbook()
    {
        var round = await Given.ARound(api, "2024");
        using var otherOfficer = api.As(Actors.OfficerOf(Given.BinhLoc));

        await otherOfficer.Get(Url(round, Given.TanPhong)).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_filled_workbook_records_evidence_that_scores_exactly_as_the_same_evidence_sent_as_json()
    {
        var round = await Given.ARound(api, "2023");
        using var tanPhong = api.As(Actors.OfficerOf(Given.TanPhong));
        using var trangDai = api.As(Actors.OfficerOf(Given.TrangDai));
        var filled = Fill(await Download(tanPhong, round, Given.TanPhong), book =>
        {
            book.Set("25996", "E10", "có");
            book.Set("25996", "E11", 0.55m);
            book.Set("25996", "E28", 1.5m);
            book.Set("25996", "G28", "Hội đồng ghi nhận");
        });

        var recorded = await Upload(tanPhong, round, Given.TanPhong, filled, "self").Ok<JsonElement>();
        await trangDai.Post($"/rounds/{round}/evidence", new
        {
            source = "self",
            entries = new object[]
            {
                new { unitCode = Given.TrangDai, indicatorId = "G1.1.2", evidence = new { met = true } },
                new { unitCode = Given.TrangDai, indicatorId = "G1.2.1", evidence = new { value = 0.55m } },
                new { unitCode = Given.TrangDai, indicatorId = "G4.2.1", evidence = new { points = 1.5m, note = "Hội đồng ghi nhận" } },
            },
        }).Ok<JsonElement>();

        recorded.GetProperty("entries").GetInt32().Should().Be(3);
        var fromWorkbook = await tanPhong.Get($"/rounds/{round}/units/{Given.TanPhong}/scorecard").Ok<JsonElement>();
        var fromJson = await trangDai.Get($"/rounds/{round}/units/{Given.TrangDai}/scorecard").Ok<JsonElement>();
        var points = fromWorkbook.GetProperty("indicators");
        // By hand: G1.1.2 met earns its maximum, 5; G1.2.1 is a ratio (floor 0.3, target 0.8, max 5):
        // 5 × (0.55 − 0.3) / (0.8 − 0.3) = 2.5; G4.2.1 gives the points entered, 1.5.
        points.GetProperty("G1.1.2").GetDecimal().Should().Be(5m);
        points.GetProperty("G1.2.1").GetDecimal().Should().Be(2.5m);
        points.GetProperty("G4.2.1").GetDecimal().Should().Be(1.5m);
        points.GetRawText().Should().Be(fromJson.GetProperty("indicators").GetRawText());
        fromWorkbook.GetProperty("total").GetDecimal().Should().Be(fromJson.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Bad_cells_are_refused_with_400_naming_each_sheet_and_cell_and_nothing_is_recorded()
    {
        var round = await Given.ARound(api, "2022");
        using var officer = api.As(Actors.OfficerOf(Given.TanPhong));
        var filled = Fill(await Download(officer, round, Given.TanPhong), book =>
        {
            book.Set("25996", "E10", "maybe");
            book.Set("25996", "E11", 1.3m);
            book.Set("25996", "E28", 1.5m);
            book.Set("25996", "G28", "Hội đồng ghi nhận"); // a good cell beside the bad ones, not recorded either
        });

        var problem = await Upload(officer, round, Given.TanPhong, filled, "self").Problem(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        problem.ErrorFields().Should().BeEquivalentTo("25996!E10", "25996!E11");
        errors.GetProperty("25996!E10")[0].GetString().Should().Be("'maybe' is not yes or no: choose có (yes) or không (no)");
        errors.GetProperty("25996!E11")[0].GetString().Should().Be("1.3 is outside [0, 1]");
        await NothingRecorded(officer, round);
    }

    [Fact]
    public async Task A_workbook_made_for_another_framework_is_refused_naming_both_and_nothing_is_recorded()
    {
        var round = await Given.ARound(api, "2020");
        using var officer = api.As(Actors.OfficerOf(Given.TanPhong));
        using var other = new MemoryStream();
        EvidenceWorkbook.Write(other, BuiltInFrameworks.Get(FrameworkId.Parse("dongnai-friendly-government@2025.1")), AssessmentPeriod.OfYear(2020),
            [new AssessedUnit(Given.TanPhong, "Phường Tân Phong", UnitKind.Ward, Actors.Province)]);

        var problem = await Upload(officer, round, Given.TanPhong, other.ToArray(), "self").Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("friendlygov!B2")[0].GetString().Should().Be(
            "the workbook was made for dongnai-friendly-government@2025.1, not for dongnai-friendly-government@2024.1: make a workbook for dongnai-friendly-government@2024.1 with 'friendlygov workbook new'");
        await NothingRecorded(officer, round);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_or_by_an_actor_who_may_not_record_it_is_refused_and_nothing_is_recorded()
    {
        var round = await Given.ARound(api, "2021");
        using var officer = api.As(Actors.OfficerOf(Given.TanPhong));
        using var appraiser = api.As(Actors.Appraiser);
        var filled = Fill(await Download(officer, round, Given.TanPhong), book => book.Set("25996", "E11", 0.55m));

        // Limits:UploadBodyBytes defaults to 16 MiB = 16 × 1,048,576 = 16,777,216 bytes; one byte of file more, with the form around it, is over.
        var tooLarge = await Upload(officer, round, Given.TanPhong, new byte[(16 * 1024 * 1024) + 1], "self").Problem(HttpStatusCode.RequestEntityTooLarge);
        // An appraiser may read the unit's assessment but not record its self-assessment.
        var refused = await Upload(appraiser, round, Given.TanPhong, filled, "self").Problem(HttpStatusCode.Forbidden);

        tooLarge.GetProperty("detail").GetString().Should().EndWith("a upload here takes at most 16777216 bytes. Split a bulk request into several.");
        refused.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        await NothingRecorded(officer, round);
    }

    private static string Url(Guid round, string unit) => $"/rounds/{round}/units/{unit}/evidence-workbook";

    private static async Task<byte[]> Download(HttpClient client, Guid round, string unit)
    {
        using var response = await client.Get(Url(round, unit));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync(Cancel);
    }

    private static byte[] Fill(byte[] xlsx, Action<RawWorkbook> fill)
    {
        using var book = new RawWorkbook(xlsx);
        fill(book);
        return book.Save();
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, Guid round, string unit, byte[] xlsx, string source)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        form.Add(file, "file", $"{unit}.xlsx");
        form.Add(new StringContent(source), "source");
        return await client.PostAsync(new Uri(Url(round, unit), UriKind.Relative), form, Cancel);
    }

    private static async Task NothingRecorded(HttpClient client, Guid round)
    {
        var assessment = await client.Get($"/rounds/{round}/units/{Given.TanPhong}/assessment").Ok<JsonElement>();
        assessment.GetProperty("evidence").GetArrayLength().Should().Be(0);
        assessment.GetProperty("version").GetInt32().Should().Be(0);
    }
}
