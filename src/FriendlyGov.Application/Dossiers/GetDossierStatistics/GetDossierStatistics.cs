using FriendlyGov.Domain.Dossiers;

namespace FriendlyGov.Application.Dossiers.GetDossierStatistics;

/// <summary>The dossier statistics of one unit for one period, as last recorded.</summary>
/// <remarks>
/// Who may send it: the unit's officer, or an appraiser or administrator of its province (rule
/// <c>reader-in-scope</c>).
/// What it returns: the counts recorded for exactly that period (<c>2024-Q1</c> is not
/// <c>2024-01</c>; counts of open dossiers are a stock at the period's end, so periods are not
/// added up), or <see langword="null"/> when none were recorded.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="UnitCode">The unit: the one with this code that existed on the period's last day.</param>
/// <param name="Period">The period, written <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.</param>
public sealed record GetDossierStatistics(string UnitCode, string Period) : IQuery<DossierCounts?>;
