using FriendlyGov.Reporting;

namespace FriendlyGov.Workbooks;

/// <summary>
/// The ranking and each unit's scorecard as workbooks (<see cref="ResultWorkbook"/>), for
/// <see cref="ReportFolder"/>: <c>ranking.xlsx</c> and <c>units/CODE.xlsx</c>.
/// </summary>
public sealed class WorkbookReportFormat : ReportFormat
{
    /// <summary>The format; it holds no state.</summary>
    public static WorkbookReportFormat Instance { get; } = new();

    /// <inheritdoc />
    public override string Extension => "xlsx";

    /// <inheritdoc />
    public override void Write(RankingReport ranking, Stream output) => ResultWorkbook.Write(ranking, output);

    /// <inheritdoc />
    public override void Write(ScorecardReport card, Stream output) => ResultWorkbook.Write(card, output);
}
