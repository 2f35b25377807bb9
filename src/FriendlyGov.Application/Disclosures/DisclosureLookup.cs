using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Disclosures;

namespace FriendlyGov.Application.Disclosures;

/// <summary>Finds the disclosures that disclosure requests name, for handlers and authorizers.</summary>
/// <param name="disclosures">The disclosures.</param>
internal sealed class DisclosureLookup(IReadRepository<Disclosure> disclosures)
{
    /// <summary>A recorded disclosure.</summary>
    /// <param name="disclosureId">The disclosure's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="NotFoundException">There is no such disclosure.</exception>
    public async Task<Disclosure> DisclosureAsync(Guid disclosureId, CancellationToken cancellationToken) =>
        await disclosures.GetByIdAsync(disclosureId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no disclosure {disclosureId}.");
}
