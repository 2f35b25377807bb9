using FriendlyGov.Application.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>
/// Measures <c>disclosures</c> against the deployment's catalogue, as <c>GetDisclosureSummary</c>
/// does; a unit with no disclosure recorded at all, or none due yet, is left missing.
/// </summary>
internal sealed class DisclosureMeasurer(UnitPeriodRecords records, IClock clock) : IDataSourceMeasurer
{
    public string Kind => "disclosures";

    public async Task<Measurement?> MeasureAsync(DataSource source, UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(scope);
        var ofUnit = await records.DisclosuresAsync(scope, cancellationToken).ConfigureAwait(false);
        if (ofUnit.Count == 0) return null;
        var summary = records.Disclosures(scope, ofUnit, VietnamTime.DateAt(clock.GetCurrentInstant()));
        var share = summary.OnTimeAndLongEnough;
        if (share.OutOf == 0) return null;
        var shortfalls = summary.Shortfalls.Count == 0 ? string.Empty : " (" + string.Join(", ", summary.Shortfalls.Select(r => $"{r.ItemId}: {r.Status.ToString().ToLowerInvariant()}")) + ")";
        var provenance = new LocalizedText(
            $"{share.Count} trên {share.OutOf} mục phải công khai theo {summary.Catalogue} được công khai đúng hạn và đủ thời gian{shortfalls}, {scope.Where.Vi}",
            $"{share.Count} of {share.OutOf} items required by {summary.Catalogue} were disclosed on time and for long enough{shortfalls}, {scope.Where.En}");
        return source.Measure == "allOnTime"
            ? new Measurement(source, share.Count == share.OutOf ? 1m : 0m, null, provenance)
            : new Measurement(source, share.Count, share.OutOf, provenance);
    }
}
