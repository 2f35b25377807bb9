using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Criteria.Sources;

namespace FriendlyGov.Domain.Evidence;

/// <summary>
/// A figure measured from recorded data for an indicator's <see cref="DataSource"/>, with the words
/// that say where it came from; the engine scores it when no evidence was entered by hand.
/// </summary>
/// <remarks>
/// What <see cref="Value"/> and <see cref="OutOf"/> hold depends on the source's shape: for a share,
/// the count that qualified and the count it is a share of; for an average, the average rating and
/// the number of ratings; for a count, the count (no <see cref="OutOf"/>); for a condition, 1 when it
/// holds and 0 when not.
/// </remarks>
/// <param name="Source">The source measured.</param>
/// <param name="Value">The figure measured.</param>
/// <param name="OutOf">What the figure is out of, for shares and averages; otherwise null.</param>
/// <param name="Provenance">Where the figure came from, in both languages: the data, the period and the counts used.</param>
public sealed record Measurement(DataSource Source, decimal Value, decimal? OutOf, LocalizedText Provenance)
{
    /// <summary>The measurement as evidence for <paramref name="method"/>, in the fields that method reads.</summary>
    /// <param name="method">The indicator's method; it must be one the source can feed.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="InvalidOperationException">The source cannot feed <paramref name="method"/>.</exception>
    public IndicatorEvidence ToEvidence(IndicatorMethod method)
    {
        Guard.Against.Null(method);
        return (Source.Shape, method) switch
        {
            (DataShape.Share, RatioMethod) => new IndicatorEvidence { Numerator = Value, Denominator = OutOf },
            (DataShape.Average, ScaleMethod) => new IndicatorEvidence { Average = Value, Count = OutOf },
            (DataShape.Count, BandsMethod) => new IndicatorEvidence { Value = Value },
            (DataShape.Count, DeductionMethod) => new IndicatorEvidence { Count = Value },
            (DataShape.Met, CheckMethod) => new IndicatorEvidence { Met = Value != 0m },
            _ => throw new InvalidOperationException($"Source {Source} cannot feed method '{method.Kind}'."),
        };
    }
}
