using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Disclosures.EndDisclosurePosting;

/// <summary>The officer of the disclosure's unit, or an administrator of its province, ends its posting.</summary>
/// <param name="disclosures">Finds the disclosure.</param>
/// <param name="units">Finds its unit.</param>
internal sealed class EndDisclosurePostingAuthorizer(IReadRepository<Disclosure> disclosures, IReadRepository<AdministrativeUnit> units)
    : UnitRecordAuthorizer<EndDisclosurePosting, Disclosure>((r, c) => EndDisclosurePostingHandler.DisclosureAsync(disclosures, r.DisclosureId, c), d => d.UnitCode, units);
