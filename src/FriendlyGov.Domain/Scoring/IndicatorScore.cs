using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Scoring;

/// <summary>The points one indicator earned, where they came from and how.</summary>
/// <remarks>
/// The explanation is written when it is first read, so that scoring many units for their totals
/// does not pay for text nobody reads; it is the same text whenever it is read.
/// </remarks>
public sealed record IndicatorScore
{
    private readonly LazyText _explanation;

    /// <summary>Creates an indicator's score.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="points">The points that count, rounded to the framework's decimals.</param>
    /// <param name="source">The evidence that counts, or <see langword="null"/> when there is none (missing).</param>
    /// <param name="selfAssessedPoints">The points the self-assessed evidence earns, where given.</param>
    /// <param name="appraisedPoints">The points the appraised evidence earns, where given.</param>
    /// <param name="explain">Writes the method, the evidence used, the arithmetic and the points, in both languages.</param>
    public IndicatorScore(Indicator indicator, decimal points, EvidenceSource? source, decimal? selfAssessedPoints, decimal? appraisedPoints, Func<LocalizedText> explain)
    {
        Indicator = Guard.Against.Null(indicator);
        Points = points;
        Source = source;
        SelfAssessedPoints = selfAssessedPoints;
        AppraisedPoints = appraisedPoints;
        _explanation = LazyText.Of(explain);
    }

    /// <summary>Creates a score whose explanation <paramref name="explanation"/> writes on first read.</summary>
    internal IndicatorScore(Indicator indicator, decimal points, EvidenceSource? source, decimal? selfAssessedPoints, decimal? appraisedPoints, LazyText explanation)
    {
        Indicator = indicator;
        Points = points;
        Source = source;
        SelfAssessedPoints = selfAssessedPoints;
        AppraisedPoints = appraisedPoints;
        _explanation = explanation;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; init; }

    /// <summary>The points that count, rounded to the framework's decimals.</summary>
    public decimal Points { get; init; }

    /// <summary>The evidence that counts, or <see langword="null"/> when there is none (missing).</summary>
    public EvidenceSource? Source { get; init; }

    /// <summary>The points the self-assessed evidence earns, where given.</summary>
    public decimal? SelfAssessedPoints { get; init; }

    /// <summary>The points the appraised evidence earns, where given.</summary>
    public decimal? AppraisedPoints { get; init; }

    /// <summary>The method, the evidence used, the arithmetic and the points, in both languages.</summary>
    public LocalizedText Explanation => _explanation.Value;

    /// <summary>Whether no evidence was given, so the indicator scored 0.</summary>
    public bool IsMissing => Source is null;

    /// <summary>Appraised minus self-assessed points, where both exist.</summary>
    public decimal? Difference => AppraisedPoints - SelfAssessedPoints;
}
