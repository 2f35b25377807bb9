using Ardalis.Specification;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Domain.Dossiers.Specifications;

/// <summary>The dossier statistics of one unit for one period: at most one.</summary>
public sealed class DossierStatisticsOfUnitSpec : Specification<DossierStatistics>
{
    /// <summary>Selects the statistics of <paramref name="unitCode"/> for exactly <paramref name="period"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="period">The period; <c>2024-Q1</c> and <c>2024-01</c> are different periods.</param>
    public DossierStatisticsOfUnitSpec(string unitCode, AssessmentPeriod period) =>
        Query.Where(s => s.UnitCode == unitCode && s.Period == period);
}
