namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>
/// What a unit formed from others is compared with for one period: its predecessors' final totals
/// in that period, under one framework (docs/design.md, "Unit identity and lineage").
/// </summary>
/// <remarks>
/// The mean is the plain mean of the totals of the predecessors finalized in the period, each
/// counting once whatever its size or the share of it that went into the unit (a split predecessor
/// counts whole in each of its successors), rounded to two decimals away from zero. Predecessors
/// not finalized in the period are left out and counted in neither <see cref="WithResults"/> nor the
/// figures; <see cref="Predecessors"/> says how many there are in all, so a reader sees when the
/// baseline covers only some.
/// </remarks>
/// <param name="Period">The period, as written in files (<c>2024</c>).</param>
/// <param name="Framework">The framework the predecessors were scored with, <c>id@version</c>.</param>
/// <param name="Predecessors">How many predecessors the unit has.</param>
/// <param name="WithResults">How many of them were finalized in the period under the framework: at least 1.</param>
/// <param name="MeanTotal">The mean of their final totals, rounded to two decimals away from zero.</param>
/// <param name="BestTotal">The highest final total.</param>
/// <param name="BestUnitCode">The code of the predecessor with the highest total (the lowest code on a tie).</param>
/// <param name="WorstTotal">The lowest final total.</param>
/// <param name="WorstUnitCode">The code of the predecessor with the lowest total (the lowest code on a tie).</param>
public sealed record PredecessorBaseline(
    string Period,
    string Framework,
    int Predecessors,
    int WithResults,
    decimal MeanTotal,
    decimal BestTotal,
    string BestUnitCode,
    decimal WorstTotal,
    string WorstUnitCode)
{
    /// <summary>The baselines of a unit's predecessors' points, one per period and framework, oldest period first.</summary>
    /// <param name="predecessors">How many predecessors the unit has.</param>
    /// <param name="points">The predecessors' points, each with its <see cref="HistoryPoint.Predecessor"/>, in period order.</param>
    /// <returns>The baselines.</returns>
    internal static IReadOnlyList<PredecessorBaseline> Of(int predecessors, IEnumerable<HistoryPoint> points) =>
    [
        .. points
            .GroupBy(p => (p.Period, p.Framework))
            .Select(g =>
            {
                var byCode = g.OrderBy(p => p.Predecessor!.Code, StringComparer.Ordinal).ToList();
                var best = byCode.MaxBy(p => p.Total)!;
                var worst = byCode.MinBy(p => p.Total)!;
                var mean = Math.Round(byCode.Average(p => p.Total), 2, MidpointRounding.AwayFromZero);
                return new PredecessorBaseline(g.Key.Period, g.Key.Framework, predecessors, byCode.Count, mean, best.Total, best.Predecessor!.Code, worst.Total, worst.Predecessor!.Code);
            }),
    ];
}
