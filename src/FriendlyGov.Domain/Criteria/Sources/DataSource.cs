using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Domain.Criteria.Sources;

/// <summary>
/// Where an indicator's evidence comes from when nobody entered it by hand: a measure of data the
/// library records [<i>dữ liệu ghi nhận</i>], such as citizens' feedback, "Morning with the People"
/// sessions, public disclosures or administrative procedure dossiers.
/// </summary>
/// <remarks>
/// A source names a <see cref="Kind"/> of data, a <see cref="Measure"/> of it and, for measures
/// taken per aspect (feedback's five SIPAS aspects and "Office smile"), the <see cref="Aspect"/>.
/// The kinds, measures and aspects are those of <see cref="DataSources"/>. Evidence entered by
/// hand, self-assessed or appraised, always counts before derived evidence. In a framework file it
/// is written <c>"source": { "kind": "feedback", "measure": "satisfiedShare", "aspect": "official" }</c>.
/// </remarks>
public sealed record DataSource
{
    /// <summary>Creates a data source, checking it against <see cref="DataSources"/>.</summary>
    /// <param name="kind">The kind of data, such as <c>feedback</c>.</param>
    /// <param name="measure">The measure of it, such as <c>satisfiedShare</c>.</param>
    /// <param name="aspect">The aspect, for measures taken per aspect; otherwise null.</param>
    /// <exception cref="InvalidInputException">The kind, measure or aspect is not one the library
    /// measures, or an aspect is missing or given where none is taken.</exception>
    public DataSource(string kind, string measure, string? aspect = null)
    {
        Kind = Guard.Against.NullOrWhiteSpace(kind);
        Measure = Guard.Against.NullOrWhiteSpace(measure);
        Aspect = aspect;
        InvalidInputException.ThrowIfAny(DataSources.Check(kind, measure, aspect).ToList());
        Shape = DataSources.ShapeOf(kind, measure);
    }

    /// <summary>The kind of data: <c>feedback</c>, <c>sessions</c>, <c>disclosures</c>, <c>dossiers</c> or <c>conduct</c>.</summary>
    public string Kind { get; }

    /// <summary>The measure of the data, such as <c>satisfiedShare</c> or <c>onTimeShare</c>.</summary>
    public string Measure { get; }

    /// <summary>The aspect the measure is taken for, or null for measures that take none.</summary>
    public string? Aspect { get; }

    /// <summary>The shape of the figure, which decides the methods this source can feed.</summary>
    public DataShape Shape { get; }

    /// <summary>Problems that stop this source from feeding <paramref name="method"/>; empty when it fits.</summary>
    /// <param name="method">The indicator's method.</param>
    /// <returns>The problems, with paths relative to the source.</returns>
    public IEnumerable<Problem> CheckFits(IndicatorMethod method)
    {
        Guard.Against.Null(method);
        var fits = Shape switch
        {
            DataShape.Share => method is RatioMethod,
            DataShape.Average => method is ScaleMethod,
            DataShape.Count => method is BandsMethod or DeductionMethod,
            DataShape.Met => method is CheckMethod,
            _ => false,
        };
        if (!fits)
        {
            yield return new Problem("measure",
                $"'{Kind}.{Measure}' measures a {Shape.ToString().ToLowerInvariant()}, which feeds {string.Join(" or ", DataSources.MethodsFor(Shape))}, not method '{method.Kind}'");
        }
    }

    /// <summary>The source as it is written in explanations: <c>feedback.satisfiedShare (official)</c>.</summary>
    /// <returns>The source in words.</returns>
    public override string ToString() => Aspect is null ? $"{Kind}.{Measure}" : $"{Kind}.{Measure} ({Aspect})";
}
