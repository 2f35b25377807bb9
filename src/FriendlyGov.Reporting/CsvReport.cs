using System.Text;
using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>
/// Writes scorecards and rankings as CSV for spreadsheets: RFC 4180 (comma-separated, fields with
/// commas, quotes or line breaks quoted, lines ended by CRLF), figures in the invariant form
/// <c>4.5</c>, one header row.
/// </summary>
/// <remarks>
/// A text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
/// is written with a single quote before it, so that a spreadsheet shows it as text instead of
/// running it as a formula (CSV injection). Figures are written as they are. The writer's encoding
/// is the caller's: <see cref="ReportFolder"/> writes UTF-8 with a byte-order mark, which Excel
/// needs to read Vietnamese correctly.
/// </remarks>
public static class CsvReport
{
    /// <summary>The header of a unit's indicator rows.</summary>
    internal static readonly IReadOnlyList<string> ScorecardHeader =
    [
        "group", "criterion", "indicator", "title_vi", "title_en", "points", "max_points",
        "self_assessed_points", "appraised_points", "missing", "explanation_vi", "explanation_en",
    ];

    /// <summary>The header of a ranking's rows.</summary>
    internal static readonly IReadOnlyList<string> RankingHeader =
        ["rank", "unit_code", "unit_name", "total", "rating", "rating_vi", "rating_en"];

    /// <summary>
    /// The columns a ranking with predecessors' results (<see cref="RankingReport.WithPredecessors"/>)
    /// adds after <see cref="RankingHeader"/>, last so that a reader of the first seven keeps working.
    /// </summary>
    internal static readonly IReadOnlyList<string> PredecessorsHeader =
    [
        "predecessors_period", "predecessors", "predecessors_with_results",
        "predecessors_mean_total", "predecessors_best_total", "predecessors_worst_total",
    ];

    /// <summary>
    /// Writes one row per indicator: its group and criterion (<c>bonus</c> and empty for bonus
    /// indicators), id, titles, points, maximum, self-assessed and appraised points (empty where
    /// unknown), <c>yes</c> or <c>no</c> for missing evidence, and the explanation in both languages.
    /// </summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ScorecardReport card, TextWriter output)
    {
        Guard.Against.Null(card);
        Guard.Against.Null(output);
        Row(output, [.. ScorecardHeader.Select(Text)]);
        foreach (var group in card.Groups)
        {
            foreach (var criterion in group.Criteria)
            {
                foreach (var indicator in criterion.Indicators) Row(output, IndicatorRow(group.Id, criterion.Id, indicator));
            }
        }

        foreach (var indicator in card.BonusIndicators) Row(output, IndicatorRow("bonus", string.Empty, indicator));
    }

    /// <summary>
    /// Writes one row per unit, best first: rank, code, name, total and the rating's code and titles;
    /// then, when the ranking carries predecessors' results, the earlier period, how many units the
    /// unit was formed from, how many of them have a result, and the mean, best and worst of their
    /// totals (empty where the unit has none, the figures empty where none has a result).
    /// </summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(RankingReport ranking, TextWriter output)
    {
        Guard.Against.Null(ranking);
        Guard.Against.Null(output);
        var withPredecessors = ranking.Predecessors.Count > 0;
        Row(output, [.. RankingHeader.Concat(withPredecessors ? PredecessorsHeader : []).Select(Text)]);
        foreach (var entry in ranking.Entries)
        {
            var card = entry.Scorecard;
            string[] row =
            [
                Count(entry.Rank), Text(card.UnitCode), Text(card.UnitName),
                Figures.Format(card.Total), Text(card.Rating.Code), Text(card.Rating.Title.Vi), Text(card.Rating.Title.En),
            ];
            Row(output, withPredecessors ? [.. row, .. PredecessorCells(ranking.Predecessors.GetValueOrDefault(card.UnitCode))] : row);
        }
    }

    /// <summary>
    /// A text cell as written: neutralized against formulas, then quoted where RFC 4180 requires it.
    /// </summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The field.</returns>
    internal static string Text(string text) => Quote(Neutralize(text));

    /// <summary>A single quote before text a spreadsheet would read as a formula.</summary>
    internal static string Neutralize(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Figure(decimal? value) => value is { } v ? Figures.Format(v) : string.Empty;

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] PredecessorCells(PredecessorResults? results) =>
        results is null
            ? [.. PredecessorsHeader.Select(_ => string.Empty)]
            : [Text(results.Period), Count(results.Predecessors), Count(results.WithResults), Figure(results.MeanTotal), Figure(results.BestTotal), Figure(results.WorstTotal)];

    private static string[] IndicatorRow(string group, string criterion, IndicatorReport indicator) =>
    [
        Text(group), Text(criterion), Text(indicator.Id), Text(indicator.Title.Vi), Text(indicator.Title.En),
        Figures.Format(indicator.Points), Figures.Format(indicator.MaxPoints),
        Figure(indicator.SelfAssessedPoints), Figure(indicator.AppraisedPoints),
        indicator.IsMissing ? "yes" : "no", Text(indicator.Explanation.Vi), Text(indicator.Explanation.En),
    ];

    private static void Row(TextWriter output, string[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(',');
            line.Append(fields[i]);
        }

        // RFC 4180 ends every record with CRLF, whatever the writer's NewLine.
        line.Append("\r\n");
        output.Write(line.ToString());
    }
}
