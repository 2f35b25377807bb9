using Ardalis.Specification;

namespace FriendlyGov.Domain.Units.Specifications;

/// <summary>The units of one province, by code, optionally one page at a time.</summary>
public sealed class UnitsOfProvinceSpec : Specification<AdministrativeUnit>
{
    /// <summary>Selects the units of <paramref name="province"/>.</summary>
    /// <param name="province">The province's short name, NFC.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to take; all when <see langword="null"/>.</param>
    public UnitsOfProvinceSpec(string province, int skip = 0, int? take = null)
    {
        Query.Where(u => u.Province == province).OrderBy(u => u.Code).ThenBy(u => u.ExistedFrom).Skip(skip);
        if (take is { } count) Query.Take(count);
    }
}
