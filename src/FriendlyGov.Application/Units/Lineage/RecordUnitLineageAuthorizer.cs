using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Units.Lineage;

/// <summary>Only a province administrator records lineage, and only between units of their province.</summary>
/// <param name="units">The units, for their provinces.</param>
internal sealed class RecordUnitLineageAuthorizer(IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<RecordUnitLineage>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordUnitLineage request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        string[] codes = [.. request.Links.SelectMany(l => new[] { l.PredecessorCode, l.SuccessorCode }).Distinct(StringComparer.Ordinal)];
        var provinces = (await units.ListAsync(new UnitsByCodeSpec(codes), cancellationToken).ConfigureAwait(false))
            .Select(u => u.Province)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        // With no unit registered yet, the actor must still administer a province; the handler then names the missing units.
        string[] named = [.. provinces];
        return named.Length == 0
            ? Rules.AdministratorOf(Guard.Against.Null(actor), actor.Province ?? "a province")
            : Rules.All([.. named.Select(p => Rules.AdministratorOf(actor, p))]);
    }
}
