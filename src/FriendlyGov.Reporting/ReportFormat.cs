using System.Text;

namespace FriendlyGov.Reporting;

/// <summary>
/// A kind of file <see cref="ReportFolder"/> writes for the ranking and for each unit: the built-in
/// <see cref="Html"/>, <see cref="Markdown"/> and <see cref="Csv"/>, or one another package adds,
/// such as the workbooks of <c>FriendlyGov.Workbooks</c>.
/// </summary>
/// <remarks>To add a report format, derive from this class and pass it to
/// <see cref="ReportFolder.Write(string, RankingReport, IReadOnlyList{ReportFormat})"/>.</remarks>
public abstract class ReportFormat
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Self-contained bilingual HTML; the ranking is <c>index.html</c>, the page to open first.</summary>
    public static ReportFormat Html { get; } = new TextFormat("html", "index.html", Utf8, HtmlReport.Write, HtmlReport.Write);

    /// <summary>Markdown, UTF-8 without a byte-order mark.</summary>
    public static ReportFormat Markdown { get; } = new TextFormat("md", "ranking.md", Utf8, MarkdownReport.Write, MarkdownReport.Write);

    /// <summary>CSV, UTF-8 <em>with</em> a byte-order mark, since Excel reads a CSV file without one in the computer's legacy code page and garbles Vietnamese.</summary>
    public static ReportFormat Csv { get; } = new TextFormat("csv", "ranking.csv", Utf8WithBom, CsvReport.Write, CsvReport.Write);

    /// <summary>The file name extension without the dot, such as <c>html</c>; a unit's file is <c>units/CODE.EXTENSION</c>.</summary>
    public abstract string Extension { get; }

    /// <summary>The ranking's file name: <c>ranking.EXTENSION</c> unless the format says otherwise.</summary>
    public virtual string RankingFileName => $"ranking.{Extension}";

    /// <summary>Writes the ranking.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="output">Where the file's bytes go; left open.</param>
    public abstract void Write(RankingReport ranking, Stream output);

    /// <summary>Writes one unit's scorecard.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="output">Where the file's bytes go; left open.</param>
    public abstract void Write(ScorecardReport card, Stream output);

    // The text formats end every line with \n, so the folder is the same bytes on every platform.
    private sealed class TextFormat(string extension, string rankingFileName, Encoding encoding, Action<RankingReport, TextWriter> ranking, Action<ScorecardReport, TextWriter> card) : ReportFormat
    {
        public override string Extension => extension;

        public override string RankingFileName => rankingFileName;

        public override void Write(RankingReport report, Stream output) => Text(output, w => ranking(report, w));

        public override void Write(ScorecardReport report, Stream output) => Text(output, w => card(report, w));

        private void Text(Stream output, Action<TextWriter> write)
        {
            using var writer = new StreamWriter(output, encoding, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        }
    }
}
