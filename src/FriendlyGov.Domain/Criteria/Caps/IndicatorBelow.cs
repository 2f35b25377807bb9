using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Domain.Criteria.Caps;

/// <summary>
/// <c>indicatorBelow</c>: holds when one indicator scored below a number of points. Missing
/// evidence scores 0, so it counts as below.
/// </summary>
public sealed class IndicatorBelow : CapCondition
{
    /// <summary>The condition's name as written in files.</summary>
    public const string KindCode = "indicatorBelow";

    /// <summary>Creates the condition.</summary>
    /// <param name="indicatorId">The indicator, which must exist in the framework.</param>
    /// <param name="points">The points below which the condition holds; within ±<see cref="FigureLimits.MaxPoints"/>.</param>
    /// <exception cref="InvalidInputException"><paramref name="points"/> is beyond that bound.</exception>
    public IndicatorBelow(string indicatorId, decimal points)
    {
        IndicatorId = Guard.Against.NullOrWhiteSpace(indicatorId);
        if (FigureLimits.CheckPoints($"{KindCode}.points", points) is { } beyond) throw new InvalidInputException([beyond]);
        Points = points;
    }

    /// <summary>The indicator's id.</summary>
    public string IndicatorId { get; }

    /// <summary>The points below which the condition holds.</summary>
    public decimal Points { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"tiêu chí {IndicatorId} đạt dưới {Figures.TextVi(Points)} điểm",
        $"indicator {IndicatorId} scored below {Figures.Text(Points)} points");

    /// <inheritdoc />
    public override IEnumerable<Problem> CheckFits(FrameworkOutline framework)
    {
        if (!Guard.Against.Null(framework).IndicatorIds.Contains(IndicatorId))
            yield return new Problem($"{KindCode}.indicator", $"'{IndicatorId}' is not an indicator of this framework");
    }

    /// <inheritdoc />
    public override LocalizedText? Holds(CapContext context)
    {
        var score = Guard.Against.Null(context).Indicator(IndicatorId);
        return score.Points < Points
            ? new($"tiêu chí {IndicatorId} đạt {Figures.TextVi(score.Points)}, dưới {Figures.TextVi(Points)}",
                  $"indicator {IndicatorId} scored {Figures.Text(score.Points)}, below {Figures.Text(Points)}")
            : null;
    }
}
