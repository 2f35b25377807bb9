using Ardalis.Specification;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Conduct.GetConductSummary;

/// <summary>The codes of a province's units, read as one column: all a conduct summary needs of them.</summary>
internal sealed class UnitCodesOfProvinceSpec : Specification<AdministrativeUnit, string>
{
    /// <summary>Selects the codes of the units of <paramref name="province"/>.</summary>
    /// <param name="province">The province's short name, NFC.</param>
    public UnitCodesOfProvinceSpec(string province)
    {
        Query.Where(u => u.Province == province);
        Query.Select(u => u.Code);
    }
}
