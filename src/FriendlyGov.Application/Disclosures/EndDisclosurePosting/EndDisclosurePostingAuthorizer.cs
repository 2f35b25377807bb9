using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Disclosures.EndDisclosurePosting;

/// <summary>The officer of the disclosure's unit, or an administrator of its province, ends its posting.</summary>
/// <param name="disclosures">Finds the disclosure.</param>
/// <param name="units">Finds its unit.</param>
internal sealed class EndDisclosurePostingAuthorizer(IReadRepository<Disclosure> disclosures, IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<EndDisclosurePosting>
{
    /// <inheritdoc />
    /// <exception cref="NotFoundException">There is no such disclosure, or its unit is not registered.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(EndDisclosurePosting request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var disclosure = await EndDisclosurePostingHandler.DisclosureAsync(disclosures, request.DisclosureId, cancellationToken).ConfigureAwait(false);
        var unit = await ConductLookup.UnitAsync(units, disclosure.UnitCode, cancellationToken).ConfigureAwait(false);
        return UnitAuthorizer<EndDisclosurePosting>.RecorderOf(actor, unit);
    }
}
