using FriendlyGov.Domain;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Frameworks.Tests;

public sealed class DossierStatisticsCsvTests
{
    private const string Header = "unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline";

    private static IReadOnlyList<DossierStatisticsRow> Read(params string[] lines) =>
        DossierStatisticsCsv.Read(new StringReader(string.Join("\n", lines)), "dossiers.csv");

    private static IEnumerable<string> Problems(params string[] lines)
    {
        var read = () => Read(lines);
        return read.Should().Throw<InvalidInputException>().Which.Lines;
    }

    [Fact]
    public void Reads_each_row_with_its_row_number()
    {
        var rows = Read(Header, "25996,2024-Q4,120,100,8,2,10,90", " 26089 , 2024-12 , 40,38,2,0,0,12 ");

        rows.Should().Equal(
            new DossierStatisticsRow(2, "25996", AssessmentPeriod.Parse("2024-Q4"), new DossierCounts(120, 100, 8, 2, 10, 90)),
            new DossierStatisticsRow(3, "26089", AssessmentPeriod.Parse("2024-12"), new DossierCounts(40, 38, 2, 0, 0, 12)));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_fields_may_be_quoted()
    {
        var rows = Read("period,unitCode,filedOnline,pending,overdue,resolvedLate,resolvedOnTime,received", "\"2024\",\"25996\",5,1,0,0,9,10");

        rows.Should().ContainSingle().Which.Should().Be(new DossierStatisticsRow(2, "25996", AssessmentPeriod.OfYear(2024), new DossierCounts(10, 9, 0, 0, 1, 5)));
    }

    [Fact]
    public void Every_bad_row_is_named_by_row_and_column_at_once()
    {
        // Row 4 is blank and skipped, but still counts as a line, as in an editor.
        Problems(
            Header,
            "25996,2024-Q4,120,100,8,2,10,90",
            "25996,2024-Q4,abc,100,8,2,10,1.5",
            "",
            "2599,2024-Q5,10,5,1,1,2,3",
            "26089,2024,10,5,1,1,2,11",
            "26089,2024,-1,0,0,0,0,0",
            "26089,2024,1,1").Should().Equal(
            "dossiers.csv: row 3, column received: 'abc' is not a whole number",
            "dossiers.csv: row 3, column filedOnline: '1.5' is not a whole number",
            "dossiers.csv: row 5, column unitCode: '2599' is not a unit code: five digits, such as 25996",
            "dossiers.csv: row 5, column period: '2024-Q5' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05",
            "dossiers.csv: row 6, column received: 10 received, but resolvedOnTime 5 + resolvedLate 1 + overdue 1 + pending 2 = 9: every dossier received is resolved (on time or late) or still open (overdue or pending)",
            "dossiers.csv: row 6, column filedOnline: 11 filed online is more than the 10 received",
            "dossiers.csv: row 7, column received: -1 is negative: a count is 0 or more",
            "dossiers.csv: row 8: has 4 field(s); the header has 8");
    }

    [Fact]
    public void The_header_is_required_and_must_name_every_column_once()
    {
        Problems("25996,2024-Q4,120,100,8,2,10,90").Should().Contain("dossiers.csv: row 1: '25996' is not a column: the columns are " + Header.Replace("\n", string.Empty));
        Problems("unitCode,period,received,received,resolvedLate,overdue,pending,filedOnline,note").Should().Equal(
            "dossiers.csv: row 1: column received is named twice",
            "dossiers.csv: row 1: 'note' is not a column: the columns are " + Header,
            "dossiers.csv: row 1: column resolvedOnTime is missing: the header must name " + Header);
        Problems(string.Empty).Should().Equal("dossiers.csv: is empty: the first row must be the header " + Header);
    }

    [Fact]
    public void A_file_with_only_a_header_has_no_rows()
    {
        Read(Header).Should().BeEmpty();
    }

    [Fact]
    public void Reads_a_file_with_a_byte_order_mark_and_windows_line_ends()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "dossiers.csv");
        File.WriteAllText(path, Header + "\r\n25996,2024-Q4,3,2,1,0,0,1\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        DossierStatisticsCsv.ReadFile(path).Should().ContainSingle()
            .Which.Should().Be(new DossierStatisticsRow(2, "25996", AssessmentPeriod.Parse("2024-Q4"), new DossierCounts(3, 2, 1, 0, 0, 1)));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "missing.csv");

        var read = () => DossierStatisticsCsv.ReadFile(path);

        read.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal($"{path}: does not exist");
    }
}
