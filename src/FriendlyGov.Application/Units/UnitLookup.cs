using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Units;

/// <summary>Finds the registered units that requests name, for handlers and authorizers.</summary>
/// <param name="units">The units.</param>
internal sealed class UnitLookup(IReadRepository<AdministrativeUnit> units)
{
    /// <summary>A registered unit.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="NotFoundException">No unit has that code.</exception>
    public async Task<AdministrativeUnit> UnitAsync(string unitCode, CancellationToken cancellationToken) =>
        await units.FirstOrDefaultAsync(new UnitByCodeSpec(unitCode), cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"Unit {unitCode} is not registered.");
}
