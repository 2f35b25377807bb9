using Ardalis.Specification;

namespace FriendlyGov.Domain.Dossiers.Specifications;

/// <summary>The dossier statistics of the given units, every period.</summary>
public sealed class DossierStatisticsOfUnitsSpec : Specification<DossierStatistics>
{
    /// <summary>Selects the statistics of the units whose codes are in <paramref name="unitCodes"/>.</summary>
    /// <param name="unitCodes">The units.</param>
    public DossierStatisticsOfUnitsSpec(IReadOnlyCollection<string> unitCodes) =>
        Query.Where(s => unitCodes.Contains(s.UnitCode));
}
