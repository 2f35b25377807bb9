using FriendlyGov.Domain;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;
using FriendlyGov.Workbooks.Xlsx;

namespace FriendlyGov.Workbooks.Tests;

/// <summary>
/// Excel's <c>_xHHHH_</c> escapes in cell texts (ECMA-376 ST_Xstring) are read as Excel reads them.
/// Row 10 of a unit sheet of dongnai-friendly-government@2024.1 is G1.1.2 (check): E10 its answer,
/// G10 its note (see <see cref="EvidenceWorkbookCellErrorTests"/> for the rows, counted by hand).
/// </summary>
public sealed class EscapedTextTests
{
    private static readonly AssessedUnit TanPhong = new("25996", "Phường Tân Phong", UnitKind.Ward, "Đồng Nai");

    [Theory]
    // ư is U+01B0 and ờ U+1EDD: Excel writes them escaped when a program hands it UTF-16 it distrusts.
    [InlineData("Ph_x01B0__x1EDD_ng", "Phường")]
    [InlineData("a_x000D_b", "a\rb")]
    // _x005F_ is the underscore, so that the rest, x000D_, is text.
    [InlineData("_x005F_x000D_", "_x000D_")]
    [InlineData("_x005f_", "_")]
    // Not escapes: too short, not hexadecimal, no closing underscore.
    [InlineData("_x00D_", "_x00D_")]
    [InlineData("_x00zz_", "_x00zz_")]
    [InlineData("_x000D", "_x000D")]
    [InlineData("plain_text", "plain_text")]
    public void An_escape_is_decoded_to_its_character_and_anything_else_is_left_as_it_is(string stored, string shown)
    {
        EscapedText.Decode(stored).Should().Be(shown);
    }

    [Theory]
    [InlineData("_x000D_", "_x005F_x000D_")]
    [InlineData("a\u0001b", "a_x0001_b")]
    [InlineData("G1.1.2_note", "G1.1.2_note")]
    public void A_text_that_would_read_as_an_escape_is_stored_so_that_it_reads_back_the_same(string shown, string stored)
    {
        EscapedText.Encode(shown).Should().Be(stored);
        EscapedText.Decode(stored).Should().Be(shown);
    }

    [Fact]
    public void A_shared_text_with_escapes_is_read_as_the_text_excel_shows()
    {
        var note = Read(book =>
        {
            book.Set("25996", "E10", "có");
            book.Set("25996", "G10", "Ph_x01B0__x1EDD_ng _x005F_x0031_");
        });

        note.Should().Be("Phường _x0031_");
    }

    [Fact]
    public void A_carriage_return_escaped_as_x000D_is_a_control_character_and_refused_naming_the_cell()
    {
        var act = () => Read(book =>
        {
            book.Set("25996", "E10", "có");
            book.Set("25996", "G10", "dòng 1_x000D_dòng 2");
        });

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "book.xlsx: 25996!G10: 'dòng 1\\u000Ddòng 2' holds the character U+000D; texts are printable characters only (a line break typed with Alt+Enter is one)");
    }

    [Fact]
    public void A_note_that_spells_an_escape_survives_our_own_workbook_unchanged()
    {
        var loader = new FrameworkLoader();
        var framework = loader.Resolve("dongnai-friendly-government@2024.1");
        var given = new UnitEvidence(TanPhong, AssessmentPeriod.OfYear(2024), new Dictionary<string, IndicatorEvidence>
        {
            ["G1.1.2"] = new() { Met = true, Note = "biên bản _x000D_ số 5" },
        }, new Dictionary<string, IndicatorEvidence>());
        var xlsx = EvidenceWorkbookRoundTripTests.Write(framework, AssessmentPeriod.OfYear(2024), [TanPhong], evidence: [given]);

        var read = EvidenceWorkbook.Read(new MemoryStream(xlsx), "book.xlsx", loader).Single();

        read.Evidence.SelfAssessed["G1.1.2"].Note.Should().Be("biên bản _x000D_ số 5");
    }

    private static string? Read(Action<RawWorkbook> fill)
    {
        var loader = new FrameworkLoader();
        using var book = new RawWorkbook(EvidenceWorkbookRoundTripTests.Write(loader.Resolve("dongnai-friendly-government@2024.1"), AssessmentPeriod.OfYear(2024), [TanPhong]));
        fill(book);
        var read = EvidenceWorkbook.Read(new MemoryStream(book.Save()), "book.xlsx", loader).Single();
        return read.Evidence.SelfAssessed["G1.1.2"].Note;
    }
}
