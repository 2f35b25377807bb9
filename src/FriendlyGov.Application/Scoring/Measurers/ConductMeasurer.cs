using FriendlyGov.Application.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>Measures <c>conduct.confirmed</c>: the confirmed breaches observed in the unit on the days it existed in the period.</summary>
internal sealed class ConductMeasurer(UnitPeriodRecords records) : IDataSourceMeasurer
{
    public string Kind => "conduct";

    public async Task<Measurement?> MeasureAsync(DataSource source, UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(scope);
        var all = await records.ObservationsAsync(scope, cancellationToken).ConfigureAwait(false);
        var confirmed = all.Count(o => o.Status == ObservationStatus.Confirmed);
        return new Measurement(source, confirmed, null, new LocalizedText(
            $"{confirmed} vi phạm được xác nhận trong {all.Count} quan sát ứng xử tại {scope.Where.Vi}",
            $"{confirmed} confirmed breaches among {all.Count} conduct observations in {scope.Where.En}"));
    }
}
