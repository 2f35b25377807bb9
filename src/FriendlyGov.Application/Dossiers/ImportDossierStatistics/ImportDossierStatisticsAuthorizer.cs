using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Dossiers.ImportDossierStatistics;

/// <summary>
/// A data importer or province administrator of every province whose units are in the rows
/// records them, each row's unit being the one with its code that existed on the last day of its
/// period. Rows whose unit did not exist then are left to the handler, which names them.
/// </summary>
/// <param name="units">The units, for their provinces.</param>
internal sealed class ImportDossierStatisticsAuthorizer(UnitLookup units) : IRequestAuthorizer<ImportDossierStatistics>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(ImportDossierStatistics request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var forms = await units.FormsAsync(request.Rows.Select(r => r.UnitCode), cancellationToken).ConfigureAwait(false);
        var provinces = request.Rows
            .Select(r => UnitLookup.On(forms[r.UnitCode], r.Period.End)?.Province)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return Rules.All([DossierAuthorization.AnyImporter(actor), .. provinces.Select(p => DossierAuthorization.ImporterOf(actor, p))]);
    }
}
