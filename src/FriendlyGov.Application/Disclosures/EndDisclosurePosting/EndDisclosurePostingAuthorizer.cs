using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Disclosures;

namespace FriendlyGov.Application.Disclosures.EndDisclosurePosting;

/// <summary>The officer of the disclosure's unit, or an administrator of its province, ends its posting.</summary>
/// <param name="disclosures">Finds the disclosure.</param>
/// <param name="units">Finds its unit.</param>
internal sealed class EndDisclosurePostingAuthorizer(ByIdLookup<Disclosure> disclosures, UnitLookup units)
    : UnitRecordAuthorizer<EndDisclosurePosting, Disclosure>((r, c) => disclosures.ByIdAsync(r.DisclosureId, c), d => d.UnitCode, d => d.PostedFrom, units);
