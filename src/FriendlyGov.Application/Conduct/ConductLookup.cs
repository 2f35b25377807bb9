using Ardalis.Specification;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Conduct;

/// <summary>Finds the units, officials and observations that conduct requests name, for their handlers and authorizers.</summary>
public static class ConductLookup
{
    /// <summary>A registered unit.</summary>
    /// <param name="units">The units.</param>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="NotFoundException">No unit has that code.</exception>
    public static async Task<AdministrativeUnit> UnitAsync(IReadRepositoryBase<AdministrativeUnit> units, string unitCode, CancellationToken cancellationToken) =>
        await Guard.Against.Null(units).FirstOrDefaultAsync(new UnitByCodeSpec(unitCode), cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"Unit {unitCode} is not registered.");

    /// <summary>A registered official.</summary>
    /// <param name="officials">The officials.</param>
    /// <param name="officialCode">The official's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The official.</returns>
    /// <exception cref="NotFoundException">No official has that code.</exception>
    public static async Task<Official> OfficialAsync(IReadRepositoryBase<Official> officials, string officialCode, CancellationToken cancellationToken) =>
        await Guard.Against.Null(officials).FirstOrDefaultAsync(new OfficialByCodeSpec(officialCode), cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no official {officialCode}.");

    /// <summary>A recorded conduct observation.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="observationId">The observation's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="NotFoundException">There is no such observation.</exception>
    public static async Task<ConductObservation> ObservationAsync(IReadRepositoryBase<ConductObservation> observations, Guid observationId, CancellationToken cancellationToken) =>
        await Guard.Against.Null(observations).GetByIdAsync(observationId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no conduct observation {observationId}.");
}
