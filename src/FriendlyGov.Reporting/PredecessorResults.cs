using System.Globalization;
using FriendlyGov.Domain;

namespace FriendlyGov.Reporting;

/// <summary>
/// How the units a unit was formed from did in an earlier period, shown beside the unit in a
/// ranking ("2024, units it was formed from"): the baseline of <c>GetUnitHistory</c>.
/// </summary>
/// <remarks>
/// A unit formed from units none of which has a final result in the period (a province whose 2024
/// units were not assessed) has <see cref="WithResults"/> 0 and no figures: reports show "no
/// results" with the count, not a dash, so a reader tells it from a unit with no predecessor recorded.
/// </remarks>
/// <param name="Period">The earlier period, such as <c>2024</c>.</param>
/// <param name="Predecessors">How many units it was formed from: at least 1.</param>
/// <param name="WithResults">How many of them have a final result in the period, from 0 to <paramref name="Predecessors"/>.</param>
/// <param name="MeanTotal">The mean of their final totals, rounded to two decimals away from zero; <see langword="null"/> when none has a result.</param>
/// <param name="BestTotal">The highest of their final totals; <see langword="null"/> when none has a result.</param>
/// <param name="WorstTotal">The lowest of their final totals; <see langword="null"/> when none has a result.</param>
public sealed record PredecessorResults(string Period, int Predecessors, int WithResults, decimal? MeanTotal, decimal? BestTotal, decimal? WorstTotal)
{
    /// <summary>A unit's predecessors none of which has a final result in the period.</summary>
    /// <param name="period">The earlier period, such as <c>2024</c>.</param>
    /// <param name="predecessors">How many units it was formed from.</param>
    /// <returns>The results: <see cref="WithResults"/> 0, no figures.</returns>
    public static PredecessorResults NoResults(string period, int predecessors) => new(period, predecessors, 0, null, null, null);

    /// <summary>
    /// The ranking's cell, in both languages: "TB / mean 98 (2/3), cao / best 100, thấp / worst 96",
    /// or "chưa có kết quả / no results (0/3)"; a dash for a unit without predecessors' results.
    /// </summary>
    /// <param name="results">The unit's predecessors' results, if any.</param>
    /// <param name="english">Marks an English word, as HTML marks it for its style; figures and counts are digits.</param>
    /// <returns>The cell's text.</returns>
    internal static string Describe(PredecessorResults? results, Func<string, string> english)
    {
        if (results is null) return "—";
        var count = $"({results.WithResults.ToString(CultureInfo.InvariantCulture)}/{results.Predecessors.ToString(CultureInfo.InvariantCulture)})";
        return results is { MeanTotal: { } mean, BestTotal: { } best, WorstTotal: { } worst }
            ? $"TB / {english("mean")} {Figures.Format(mean)} {count}, cao / {english("best")} {Figures.Format(best)}, thấp / {english("worst")} {Figures.Format(worst)}"
            : $"chưa có kết quả / {english("no results")} {count}";
    }
}
