using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Dossiers.Specifications;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Dossiers.GetDossierStatistics;

/// <summary>Handles <see cref="GetDossierStatistics"/>.</summary>
/// <param name="statistics">The statistics.</param>
internal sealed class GetDossierStatisticsHandler(IReadRepository<DossierStatistics> statistics) : IRequestHandler<GetDossierStatistics, DossierCounts?>
{
    /// <inheritdoc />
    public async Task<DossierCounts?> Handle(GetDossierStatistics request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var recorded = await statistics.FirstOrDefaultAsync(new DossierStatisticsOfUnitSpec(request.UnitCode, AssessmentPeriod.Parse(request.Period)), cancellationToken).ConfigureAwait(false);
        return recorded?.Counts;
    }
}
