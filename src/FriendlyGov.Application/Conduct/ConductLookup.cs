using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;

namespace FriendlyGov.Application.Conduct;

/// <summary>Finds the officials, observations and code of conduct that conduct requests name, for handlers, validators and authorizers.</summary>
/// <param name="officials">The officials.</param>
/// <param name="observations">The observations.</param>
/// <param name="codes">The codes of conduct the deployment knows.</param>
/// <param name="options">Names the deployment's code of conduct.</param>
internal sealed class ConductLookup(
    IReadRepository<Official> officials,
    IReadRepository<ConductObservation> observations,
    IConductCodeCatalog codes,
    FriendlyGovOptions options)
{
    /// <summary>The code of conduct observations are recorded against: <see cref="FriendlyGovOptions.ConductCode"/>, from <see cref="IConductCodeCatalog"/>.</summary>
    /// <returns>The code of conduct.</returns>
    /// <exception cref="InvalidOperationException">The catalog does not know the configured code: the deployment is misconfigured.</exception>
    public ConductCode CodeOfConduct() =>
        codes.TryGet(options.ConductCode, out var code)
            ? code
            : throw new InvalidOperationException($"FriendlyGovOptions.ConductCode names '{options.ConductCode}', which the IConductCodeCatalog does not know.");

    /// <summary>A registered official.</summary>
    /// <param name="officialCode">The official's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The official.</returns>
    /// <exception cref="NotFoundException">No official has that code.</exception>
    public async Task<Official> OfficialAsync(string officialCode, CancellationToken cancellationToken) =>
        await officials.FirstOrDefaultAsync(new OfficialByCodeSpec(officialCode), cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no official {officialCode}.");

    /// <summary>A recorded conduct observation.</summary>
    /// <param name="observationId">The observation's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="NotFoundException">There is no such observation.</exception>
    public async Task<ConductObservation> ObservationAsync(Guid observationId, CancellationToken cancellationToken) =>
        await observations.GetByIdAsync(observationId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no conduct observation {observationId}.");
}
