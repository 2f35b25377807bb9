using System.Globalization;
using System.Text.Json;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Workbooks.Tests;

public sealed class EvidenceWorkbookRoundTripTests
{
    private static readonly string[] Samples =
    [
        "25996-phuong-tan-phong.json", "26089-xa-binh-loc.json", "26116-thi-tran-tan-phu.json",
    ];

    [Fact]
    public void A_workbook_filled_cell_by_cell_by_another_program_scores_exactly_as_the_same_evidence_written_as_json()
    {
        var loader = new FrameworkLoader();
        var framework = loader.Resolve("dongnai-friendly-government@2024.1");
        var fromJson = Samples.Select(s => loader.LoadEvidence(RepositoryRoot.Combine("samples", "evidence", s))).ToList();
        var blank = Write(framework, AssessmentPeriod.OfYear(2024), [.. fromJson.Select(e => e.Evidence.Unit)]);

        byte[] filled;
        using (var book = new RawWorkbook(blank))
        {
            var conductRow = 3;
            foreach (var sample in Samples)
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine("samples", "evidence", sample)));
                Fill(book, json.RootElement, ref conductRow);
            }

            filled = book.Save();
        }

        var fromWorkbook = EvidenceWorkbook.Read(new MemoryStream(filled), "filled.xlsx", loader);

        fromWorkbook.Select(e => e.Evidence.Unit.Code).Should().Equal("25996", "26089", "26116");
        fromWorkbook.Select(e => Json(e.Evidence)).Should().Equal(fromJson.Select(e => Json(InMethodOrder(e.Evidence, framework))));
        Scorecards(loader, fromWorkbook).Should().Be(Scorecards(loader, fromJson));
        // By hand: 25996's G5.2.1 is a ratio (floor 0.5, target 1, max 4) of 21/22 = 0.954545…;
        // 4 × (0.954545… − 0.5) / 0.5 = 3.636363…, rounded to 2 decimals = 3.64.
        var card = loader.EngineFor(framework).Score(fromWorkbook[0].Evidence);
        card.Indicator("G5.2.1").Points.Should().Be(3.64m);
    }

    [Fact]
    public void Every_shipped_fixture_case_round_trips_through_a_workbook_unchanged()
    {
        var loader = new FrameworkLoader();
        var cases = 0;
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("fixtures"), "*.json"))
        {
            var fixture = loader.LoadFixture(file);
            foreach (var c in fixture.Cases.Where(c => c.Evidence is not null && c.Expect.Error is null))
            {
                var evidence = c.Evidence!;
                foreach (var layout in new[] { WorkbookLayout.UnitSheets, WorkbookLayout.UnitRows })
                {
                    var xlsx = Write(fixture.Framework, evidence.Period, [evidence.Unit], layout, [evidence]);
                    var read = EvidenceWorkbook.Read(new MemoryStream(xlsx), "case.xlsx", loader, fixture.Framework);
                    Json(read.Single().Evidence).Should().Be(Json(InMethodOrder(evidence, fixture.Framework)), $"{Path.GetFileName(file)}: {c.Name} ({layout})");
                }

                cases++;
            }
        }

        // Counted from the files: every case that expects figures rather than an error.
        cases.Should().BeGreaterThan(40);
    }

    [Fact]
    public void Both_layouts_read_back_three_units_as_the_same_evidence()
    {
        var loader = new FrameworkLoader();
        var framework = loader.Resolve("dongnai-friendly-government@2024.1");
        var evidence = Samples.Select(s => loader.LoadEvidence(RepositoryRoot.Combine("samples", "evidence", s)).Evidence).ToList();
        var units = evidence.Select(e => e.Unit).ToList();

        var sheets = EvidenceWorkbook.Read(new MemoryStream(Write(framework, AssessmentPeriod.OfYear(2024), units, WorkbookLayout.UnitSheets, evidence)), "a.xlsx", loader);
        var rows = EvidenceWorkbook.Read(new MemoryStream(Write(framework, AssessmentPeriod.OfYear(2024), units, WorkbookLayout.UnitRows, evidence)), "b.xlsx", loader);

        rows.Select(r => Json(r.Evidence)).Should().Equal(sheets.Select(s => Json(s.Evidence)));
        rows.Select(r => Json(r.Evidence)).Should().Equal(evidence.Select(e => Json(InMethodOrder(e, framework))));
    }

    internal static byte[] Write(CriteriaFramework framework, AssessmentPeriod period, IReadOnlyList<Domain.Units.AssessedUnit> units, WorkbookLayout layout = WorkbookLayout.UnitSheets, IEnumerable<UnitEvidence>? evidence = null)
    {
        using var output = new MemoryStream();
        EvidenceWorkbook.Write(output, framework, period, units, layout, evidence);
        return output.ToArray();
    }

    private static string Json(UnitEvidence evidence) =>
        System.Text.Encoding.UTF8.GetString(EvidenceWriter.Write(new EvidenceDocument("x@1", evidence)));

    private static string Scorecards(FrameworkLoader loader, IEnumerable<LoadedEvidence> evidence)
    {
        var cards = evidence.Select(e => loader.EngineFor(e.Framework).Score(e.Evidence)).ToList();
        return System.Text.Encoding.UTF8.GetString(ScorecardWriter.Write(cards, Ranking.Of(cards)));
    }

    // A workbook lists a checklist's items in the method's order; that order is all that changes.
    private static UnitEvidence InMethodOrder(UnitEvidence evidence, CriteriaFramework framework)
    {
        Dictionary<string, IndicatorEvidence> Order(IReadOnlyDictionary<string, IndicatorEvidence> entries) =>
            entries.ToDictionary(e => e.Key, e => framework.TryGetIndicator(e.Key, out var i) && i.Method is ChecklistMethod m && e.Value.Items is { } items
                ? e.Value with { Items = [.. m.Items.Select(x => x.Id).Where(items.Contains)] }
                : e.Value);
        var ordered = framework.Indicators.Concat(framework.Bonus).Select(i => i.Id).ToList();
        Dictionary<string, IndicatorEvidence> Sorted(IReadOnlyDictionary<string, IndicatorEvidence> entries) =>
            Order(entries).OrderBy(e => ordered.IndexOf(e.Key)).ToDictionary(e => e.Key, e => e.Value);
        return evidence with { SelfAssessed = Sorted(evidence.SelfAssessed), Appraised = Sorted(evidence.Appraised) };
    }

    // What a commune officer types, cell by cell, for one evidence file.
    private static void Fill(RawWorkbook book, JsonElement evidence, ref int conductRow)
    {
        var code = evidence.GetProperty("unit").GetProperty("code").GetString()!;
        foreach (var (section, first) in new[] { ("indicators", 'E'), ("appraised", 'H') })
        {
            if (!evidence.TryGetProperty(section, out var entries)) continue;
            foreach (var entry in entries.EnumerateObject())
            {
                var row = book.RowOf(code, entry.Name);
                string Cell(int offset, int r) => $"{(char)(first + offset)}{r}";
                var e = entry.Value;
                if (e.TryGetProperty("items", out var items))
                {
                    var met = items.EnumerateArray().Select(i => i.GetString()).ToHashSet();
                    for (var r = row + 1; book.TryItemOf(code, r, entry.Name, out var item); r++)
                        book.Set(code, Cell(0, r), met.Contains(item) ? "có" : "không");
                }

                if (e.TryGetProperty("met", out var flag)) book.Set(code, Cell(0, row), flag.GetBoolean());
                if (e.TryGetProperty("responses", out var responses)) book.Set(code, Cell(0, row), string.Join(", ", responses.EnumerateArray().Select(r => r.GetRawText())));
                foreach (var name in new[] { "value", "numerator", "average", "points" })
                    if (e.TryGetProperty(name, out var figure)) book.Set(code, Cell(0, row), figure.GetDecimal());
                if (e.TryGetProperty("denominator", out var denominator)) book.Set(code, Cell(1, row), denominator.GetDecimal());
                if (e.TryGetProperty("count", out var count)) book.Set(code, Cell(e.TryGetProperty("average", out _) ? 1 : 0, row), count.GetDecimal());
                if (e.TryGetProperty("note", out var note)) book.Set(code, Cell(2, row), note.GetString()!);
            }
        }

        if (!evidence.TryGetProperty("conduct", out var conduct)) return;
        foreach (var observation in conduct.EnumerateArray())
        {
            book.Set("conduct", $"A{conductRow}", code);
            book.Set("conduct", $"B{conductRow}", observation.GetProperty("rule").GetString()!);
            book.Set("conduct", $"C{conductRow}", observation.GetProperty("official").GetString()!);
            book.Set("conduct", $"D{conductRow}", observation.GetProperty("role").GetString()!);
            book.Set("conduct", $"E{conductRow}", observation.GetProperty("status").GetString()!);
            // A date typed into a date cell is stored as days since 1899-12-30.
            var on = DateOnly.Parse(observation.GetProperty("on").GetString()!, CultureInfo.InvariantCulture);
            book.Set("conduct", $"F{conductRow}", (decimal)(on.DayNumber - new DateOnly(1899, 12, 30).DayNumber));
            conductRow++;
        }
    }
}
