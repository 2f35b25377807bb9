using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Frameworks.Units;

namespace FriendlyGov.Application.Units.Lineage;

/// <summary>
/// Only a province administrator records lineage, and only into units of their province: they
/// administer every successor's province, and every predecessor is in the same province or in a
/// province of 2024 that the built-in lineage merges into it (Bình Phước's units into Đồng Nai's:
/// Bình Phước has no administrator after 1 July 2025, and its units' history is now Đồng Nai's).
/// </summary>
/// <remarks>
/// Each unit is the one its code named on the row's day (a predecessor on the day before the
/// change, a successor on the day of it), as the handler finds them: 25195 named Phường Tân Phú of
/// Bình Phước until 2025-06-30 and names Phường Bình Phước of Đồng Nai since. A predecessor of any
/// other province must be linked by its own administrator as well, so no administrator reads
/// another live province's results through a unit's history.
/// </remarks>
/// <param name="units">The units, for their provinces.</param>
internal sealed class RecordUnitLineageAuthorizer(UnitLookup units) : IRequestAuthorizer<RecordUnitLineage>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordUnitLineage request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var forms = await units.FormsAsync(request.Links.SelectMany(l => new[] { l.PredecessorCode, l.SuccessorCode }), cancellationToken).ConfigureAwait(false);
        var provinces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var link in request.Links)
        {
            // Units not registered are left to the handler, which names them.
            var successor = UnitLookup.On(forms[link.SuccessorCode], link.On);
            var predecessor = UnitLookup.On(forms[link.PredecessorCode], link.On.PlusDays(-1));
            if (successor is not null) provinces.Add(successor.Province);
            if (predecessor is not null && (successor is null || !MergedInto(predecessor.Province, successor.Province))) provinces.Add(predecessor.Province);
        }

        // With no unit registered yet, the actor must still administer a province; the handler then names the missing units.
        return provinces.Count == 0
            ? Rules.AdministratorOf(Guard.Against.Null(actor), actor.Province ?? "a province")
            : Rules.All([.. provinces.Select(p => Rules.AdministratorOf(actor, p))]);
    }

    /// <summary>Whether units of <paramref name="from"/> may be predecessors of units of <paramref name="into"/> on its administrator's word alone.</summary>
    private static bool MergedInto(string from, string into) =>
        from == into
        || (UnitCatalogue.BuiltIn.FindProvince(into, UnitCatalogue.ReformDate) is not null
            && CatalogueRegistrations.PredecessorProvinces(into).Any(p => UnitNames.Same(p, from)));
}
