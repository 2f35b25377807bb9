using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Dossiers.ImportDossierStatistics;

/// <summary>
/// A data importer or province administrator of every province whose units are in the rows
/// records them. Units that are not registered are left to the handler, which names their rows.
/// </summary>
/// <param name="units">The units, for their provinces.</param>
internal sealed class ImportDossierStatisticsAuthorizer(IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<ImportDossierStatistics>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(ImportDossierStatistics request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var codes = request.Rows.Select(r => r.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        var found = await units.ListAsync(new UnitsByCodeSpec(codes), cancellationToken).ConfigureAwait(false);
        var provinces = found.Select(u => u.Province).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return Rules.All([DossierAuthorization.AnyImporter(actor), .. provinces.Select(p => DossierAuthorization.ImporterOf(actor, p))]);
    }
}
