using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>Measures <c>conduct.confirmed</c>: the confirmed breaches observed in the unit in the period.</summary>
internal sealed class ConductMeasurer(IReadRepository<ConductObservation> observations) : IDataSourceMeasurer
{
    public string Kind => "conduct";

    public async Task<Measurement?> MeasureAsync(DataSource source, string unitCode, AssessmentPeriod period, CancellationToken cancellationToken)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(period);
        var all = await observations.ListAsync(new ObservationsInUnitSpec(unitCode, period.Start, period.End), cancellationToken).ConfigureAwait(false);
        var confirmed = all.Count(o => o.Status == ObservationStatus.Confirmed);
        return new Measurement(source, confirmed, null, new LocalizedText(
            $"{confirmed} vi phạm được xác nhận trong {all.Count} quan sát ứng xử tại đơn vị {unitCode}, kỳ {period}",
            $"{confirmed} confirmed breaches among {all.Count} conduct observations in unit {unitCode}, period {period}"));
    }
}
