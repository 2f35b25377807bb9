using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Dossiers.GetDossierStatistics;

/// <summary>Handles <see cref="GetDossierStatistics"/>: the counts of the unit that existed on the period's last day.</summary>
/// <param name="units">Finds the unit.</param>
/// <param name="records">Reads its statistics.</param>
internal sealed class GetDossierStatisticsHandler(UnitLookup units, UnitPeriodRecords records) : IRequestHandler<GetDossierStatistics, DossierCounts?>
{
    /// <inheritdoc />
    public async Task<DossierCounts?> Handle(GetDossierStatistics request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var period = AssessmentPeriod.Parse(request.Period);
        var unit = await units.ResolveAsync(nameof(GetDossierStatistics), request.UnitCode, period.End, cancellationToken).ConfigureAwait(false);
        var recorded = await records.DossiersAsync(new UnitPeriod(unit, period), cancellationToken).ConfigureAwait(false);
        return recorded?.Counts;
    }
}
