using System.Globalization;
using System.Text;
using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>
/// The reports' bar charts as inline SVG: each bar is drawn inside a frame as wide as its maximum,
/// its length a percentage of that frame, so the chart reads the same on screen and in black and
/// white print.
/// </summary>
internal static class SvgCharts
{
    private const int RowHeight = 30;
    private const int BarHeight = 20;

    /// <summary>One bar: a label, a value and the maximum it is drawn against.</summary>
    public sealed record Bar(string Label, string Caption, decimal Value, decimal Max);

    /// <summary>
    /// A horizontal bar chart: the label in a column of <paramref name="labelWidth"/> pixels, then
    /// the bar in a frame of <paramref name="barWidth"/> pixels, then the caption.
    /// </summary>
    public static void BarChart(StringBuilder html, string title, IReadOnlyList<Bar> bars, int labelWidth, int barWidth)
    {
        const int captionWidth = 150;
        var width = labelWidth + barWidth + captionWidth;
        var height = Math.Max(1, bars.Count) * RowHeight + 10;
        html.Append(Invariant($"<svg class=\"chart\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n"));
        html.Append("<title>").Append(Html.Escape(title)).Append("</title>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 5 + i * RowHeight;
            var percent = Figures.Format(Html.Percent(bar.Value, bar.Max));
            html.Append(Invariant($"<g class=\"bar\"><title>{Html.Escape(bar.Label)}: {Html.Escape(bar.Caption)}</title>\n"));
            html.Append(Invariant($"<svg x=\"0\" y=\"{y}\" width=\"{labelWidth - 8}\" height=\"{BarHeight}\"><text x=\"0\" y=\"15\">{Html.Escape(bar.Label)}</text></svg>\n"));
            html.Append(Invariant($"<svg x=\"{labelWidth}\" y=\"{y}\" width=\"{barWidth}\" height=\"{BarHeight}\">"));
            html.Append("<rect class=\"max\" x=\"0\" y=\"0\" width=\"100%\" height=\"20\"/>");
            html.Append("<rect class=\"points\" x=\"0\" y=\"0\" width=\"").Append(percent).Append("%\" height=\"20\"/>");
            // The frame is drawn last, over the bar; half its stroke falls outside and is clipped.
            html.Append("<rect class=\"frame\" x=\"0\" y=\"0\" width=\"100%\" height=\"20\"/></svg>\n");
            html.Append(Invariant($"<text x=\"{labelWidth + barWidth + 8}\" y=\"{y + 15}\">{Html.Escape(bar.Caption)}</text></g>\n"));
        }

        html.Append("</svg>\n");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
