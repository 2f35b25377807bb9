using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Domain.Dossiers;

/// <summary>One unit's counts for one period, as a row of an import such as a CSV file.</summary>
/// <param name="Row">The row's number in its file, counting the header as row 1, so that problems name it.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="Period">The period.</param>
/// <param name="Counts">The counts.</param>
public sealed record DossierStatisticsRow(int Row, string UnitCode, AssessmentPeriod Period, DossierCounts Counts);
