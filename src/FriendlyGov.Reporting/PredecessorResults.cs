namespace FriendlyGov.Reporting;

/// <summary>
/// How the units a unit was formed from did in an earlier period, shown beside the unit in a
/// ranking ("2024, units it was formed from"): the baseline of <c>GetUnitHistory</c>.
/// </summary>
/// <param name="Period">The earlier period, such as <c>2024</c>.</param>
/// <param name="Predecessors">How many units it was formed from.</param>
/// <param name="WithResults">How many of them have a final result in the period: at least 1.</param>
/// <param name="MeanTotal">The mean of their final totals, rounded to two decimals away from zero.</param>
/// <param name="BestTotal">The highest of their final totals.</param>
/// <param name="WorstTotal">The lowest of their final totals.</param>
public sealed record PredecessorResults(string Period, int Predecessors, int WithResults, decimal MeanTotal, decimal BestTotal, decimal WorstTotal);
