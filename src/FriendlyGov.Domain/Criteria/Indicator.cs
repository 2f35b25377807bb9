using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Criteria.Sources;

namespace FriendlyGov.Domain.Criteria;

/// <summary>
/// An indicator (tiêu chí thành phần): the smallest scored part of a framework, worth up to
/// <see cref="MaxPoints"/>, scored by its <see cref="Method"/>.
/// </summary>
public sealed class Indicator
{
    private LocalizedText? _methodInWords;

    /// <summary>Creates an indicator.</summary>
    /// <param name="id">The id, unique across the framework, such as <c>G1.1.1</c>.</param>
    /// <param name="title">What the indicator measures.</param>
    /// <param name="maxPoints">The most points it can earn; greater than 0 and at most <see cref="FigureLimits.MaxPoints"/>.</param>
    /// <param name="method">How evidence becomes points.</param>
    /// <param name="description">Guidance on the evidence expected; optional.</param>
    /// <param name="dataSource">Recorded data the indicator's evidence is measured from when none is
    /// entered by hand; optional.</param>
    /// <exception cref="InvalidInputException"><paramref name="maxPoints"/> is not above 0, the
    /// method does not fit it, or the data source cannot feed the method (paths relative to the
    /// indicator).</exception>
    public Indicator(string id, LocalizedText title, decimal maxPoints, IndicatorMethod method, LocalizedText? description = null, DataSource? dataSource = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Title = Guard.Against.Null(title);
        Method = Guard.Against.Null(method);
        Description = description;
        DataSource = dataSource;
        List<Problem> problems = maxPoints <= 0 ? [new Problem("maxPoints", $"{Figures.Text(maxPoints)} is not > 0")]
            : FigureLimits.CheckPoints("maxPoints", maxPoints) is { } tooMany ? [tooMany]
            : method.CheckFits(maxPoints).Select(p => p.Under("method")).ToList();
        if (dataSource is not null) problems.AddRange(dataSource.CheckFits(method).Select(p => p.Under("source")));
        InvalidInputException.ThrowIfAny(problems);
        MaxPoints = maxPoints;
    }

    /// <summary>
    /// Recorded data the indicator's evidence is measured from when none is entered by hand, or null
    /// when its evidence is only ever entered by hand.
    /// </summary>
    public DataSource? DataSource { get; }

    /// <summary>The id, unique across the framework.</summary>
    public string Id { get; }

    /// <summary>What the indicator measures.</summary>
    public LocalizedText Title { get; }

    /// <summary>Guidance on the evidence expected, if any.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The most points the indicator can earn (điểm tối đa).</summary>
    public decimal MaxPoints { get; }

    /// <summary>How evidence becomes points.</summary>
    public IndicatorMethod Method { get; }

    /// <summary>
    /// The method in words, as <see cref="IndicatorMethod.Describe"/> writes it: written on first
    /// read and kept, since every explanation of this indicator starts with it.
    /// </summary>
    internal LocalizedText MethodInWords => LazyText.Once(ref _methodInWords, Method, static method => method.Describe());

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title.En} ({Figures.Text(MaxPoints)})";
}
