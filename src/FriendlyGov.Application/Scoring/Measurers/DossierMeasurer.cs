using FriendlyGov.Application.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>
/// Measures <c>dossiers</c>: the administrative procedure dossier counts recorded for the unit and
/// exactly the period, when they are its own (<see cref="UnitPeriodRecords.DossiersAsync"/>); none recorded (or a share of nothing) leaves the indicator missing.
/// </summary>
internal sealed class DossierMeasurer(UnitPeriodRecords records) : IDataSourceMeasurer
{
    private readonly SummaryCache<DossierStatistics?> _recorded = new();

    public string Kind => "dossiers";

    public async Task<Measurement?> MeasureAsync(DataSource source, UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(scope);
        var recorded = await _recorded.GetAsync(scope, () => records.DossiersAsync(scope, cancellationToken)).ConfigureAwait(false);
        if (recorded?.Counts is not { } c) return null;
        var counts = new LocalizedText(
            $"{c.Received} hồ sơ tiếp nhận: {c.ResolvedOnTime} giải quyết đúng hạn, {c.ResolvedLate} trễ hạn, {c.Overdue} quá hạn, {c.Pending} đang giải quyết; {c.FiledOnline} nộp trực tuyến; {scope.Where.Vi}",
            $"{c.Received} dossiers received: {c.ResolvedOnTime} resolved on time, {c.ResolvedLate} late, {c.Overdue} overdue, {c.Pending} pending; {c.FiledOnline} filed online; {scope.Where.En}");
        return source.Measure switch
        {
            "onTimeShare" => c.Resolved == 0 ? null : new Measurement(source, c.ResolvedOnTime, c.Resolved, counts),
            "onlineShare" => c.Received == 0 ? null : new Measurement(source, c.FiledOnline, c.Received, counts),
            "overdue" => new Measurement(source, c.Overdue, null, counts),
            _ => new Measurement(source, c.ResolvedLate, null, counts),
        };
    }
}
