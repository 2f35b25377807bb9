using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>
/// An appraiser or administrator of a province records observations in bulk, and only about
/// officials who served, on each observation's date, in a unit of that province; otherwise the
/// call is refused by <see cref="Rules.ConductDecider"/>, naming the rows outside it. The
/// officials and units are read in one query each, whatever the number of rows.
/// </summary>
/// <param name="officials">Finds the officials and their postings.</param>
/// <param name="units">Finds the postings' units.</param>
internal sealed class RecordObservationsInBulkAuthorizer(IReadRepository<Official> officials, IReadRepository<AdministrativeUnit> units)
    : IRequestAuthorizer<RecordObservationsInBulk>
{
    private const int Named = 5;

    /// <inheritdoc />
    /// <exception cref="ValidationException">Some rows name an official who is not registered, or who held no posting on the row's date.</exception>
    /// <exception cref="NotFoundException">The unit of a posting is not registered.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordObservationsInBulk request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(actor);
        if (!(actor.Has(ActorRole.Appraiser) || actor.Has(ActorRole.ProvinceAdministrator)) || actor.Province is not { } province)
            return AuthorizationDecision.Refuse(Rules.ConductDecider, "only an appraiser or administrator of a province may record observations in bulk, about officials serving in its units");

        var rows = request.Observations;
        var found = await ObservationRows.OfficialsAsync(officials, rows, cancellationToken).ConfigureAwait(false);
        var postings = ObservationRows.PostingsOf(rows, found);
        string[] unitCodes = [.. postings.Select(p => p.UnitCode).Distinct(StringComparer.Ordinal)];
        // A posting names its unit by code; its latest form gives the province (forms of one code in two provinces are not told apart here).
        var registered = (await units.ListAsync(new UnitsByCodeSpec(unitCodes), cancellationToken).ConfigureAwait(false))
            .GroupBy(u => u.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(u => u.ExistedFrom)!, StringComparer.Ordinal);
        var missing = unitCodes.Where(c => !registered.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw new NotFoundException($"Unit(s) {string.Join(", ", missing)}, where the officials served, are not registered.");

        var outside = Enumerable.Range(0, rows.Count).Where(i => registered[postings[i].UnitCode].Province != province).ToList();
        if (outside.Count == 0) return AuthorizationDecision.Allow;
        var named = outside.Take(Named).Select(i =>
        {
            var unit = registered[postings[i].UnitCode];
            return $"{ObservationRows.Path(i)} is about official {rows[i].OfficialCode} of unit {unit.Code} in {unit.Province}";
        });
        return AuthorizationDecision.Refuse(
            Rules.ConductDecider,
            $"only an appraiser or administrator of a unit's province may record observations about officials serving there; {actor.Id} works in {province}, "
            + $"and {outside.Count} observation(s) are about units elsewhere: {string.Join("; ", named)}{(outside.Count > Named ? "; …" : string.Empty)}");
    }
}
