using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Application.Scoring;

/// <summary>Measures one kind of recorded data for the indicators that name it as their source.</summary>
internal interface IDataSourceMeasurer
{
    /// <summary>The kind of data measured, one of <see cref="DataSources.Kinds"/>.</summary>
    string Kind { get; }

    /// <summary>
    /// The figure <paramref name="source"/> measures for a unit in a period, counting only the days the
    /// unit existed (<see cref="UnitPeriod"/>), with its provenance; null when there is nothing to
    /// measure (no data, or a share of nothing), so the indicator stays missing.
    /// </summary>
    Task<Measurement?> MeasureAsync(DataSource source, UnitPeriod scope, CancellationToken cancellationToken);
}
