using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Workbooks.Tests;

public sealed class WorkbookSchemaTests
{
    [Theory]
    [InlineData(WorkbookLayout.UnitSheets)]
    [InlineData(WorkbookLayout.UnitRows)]
    public void An_evidence_workbook_holds_no_schema_error_that_would_make_Excel_repair_it(WorkbookLayout layout)
    {
        var loader = new FrameworkLoader();
        var evidence = loader.LoadEvidence(RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json"));
        var xlsx = EvidenceWorkbookRoundTripTests.Write(evidence.Framework, AssessmentPeriod.OfYear(2024), [evidence.Evidence.Unit], layout, [evidence.Evidence]);

        Errors(xlsx).Should().BeEmpty();
    }

    internal static IEnumerable<string> Errors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }
}
