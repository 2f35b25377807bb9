using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>
/// An appraiser or administrator of a province records observations in bulk, and only about
/// officials who served, on each observation's date, in a unit of that province; otherwise the
/// call is refused by <see cref="Rules.ConductDecider"/>, naming the rows outside it. The
/// officials and units are read in one query each, whatever the number of rows.
/// </summary>
/// <param name="officials">Finds the officials and their postings.</param>
/// <param name="units">Finds the postings' units, each as it existed on its observation's day.</param>
internal sealed class RecordObservationsInBulkAuthorizer(IReadRepository<Official> officials, UnitLookup units)
    : IRequestAuthorizer<RecordObservationsInBulk>
{
    private const int Named = 5;

    /// <inheritdoc />
    /// <exception cref="ValidationException">Some rows name an official who is not registered, or who held no posting on the row's date.</exception>
    /// <exception cref="NotFoundException">No unit with a posting's code existed on its observation's day.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordObservationsInBulk request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(actor);
        if (!(actor.Has(ActorRole.Appraiser) || actor.Has(ActorRole.ProvinceAdministrator)) || actor.Province is not { } province)
            return AuthorizationDecision.Refuse(Rules.ConductDecider, "only an appraiser or administrator of a province may record observations in bulk, about officials serving in its units");

        var rows = request.Observations;
        var found = await ObservationRows.OfficialsAsync(officials, rows, cancellationToken).ConfigureAwait(false);
        var postings = ObservationRows.PostingsOf(rows, found);
        // A posting names its unit by code; the unit is the one with that code that existed on the observation's day.
        var forms = await units.FormsAsync(postings.Select(p => p.UnitCode), cancellationToken).ConfigureAwait(false);
        var unitOf = new AdministrativeUnit[rows.Count];
        var missing = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var ofCode = forms[postings[i].UnitCode].ToList();
            if (UnitLookup.On(ofCode, rows[i].On) is { } unit) unitOf[i] = unit;
            else missing.Add($"{ObservationRows.Path(i)}: {UnitLookup.Missing(postings[i].UnitCode, rows[i].On, ofCode)}");
        }

        if (missing.Count > 0) throw new NotFoundException($"No registered unit answers for {missing.Count} observation(s), where the officials served: {string.Join("; ", missing.Take(Named))}{(missing.Count > Named ? "; …" : string.Empty)}.");

        var outside = Enumerable.Range(0, rows.Count).Where(i => unitOf[i].Province != province).ToList();
        if (outside.Count == 0) return AuthorizationDecision.Allow;
        var named = outside.Take(Named).Select(i =>
        {
            var unit = unitOf[i];
            return $"{ObservationRows.Path(i)} is about official {rows[i].OfficialCode} of unit {unit.Code} in {unit.Province}";
        });
        return AuthorizationDecision.Refuse(
            Rules.ConductDecider,
            $"only an appraiser or administrator of a unit's province may record observations about officials serving there; {actor.Id} works in {province}, "
            + $"and {outside.Count} observation(s) are about units elsewhere: {string.Join("; ", named)}{(outside.Count > Named ? "; …" : string.Empty)}");
    }
}
