using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Domain.Feedback;

/// <summary>The citizen feedback of one unit whose transactions fall in one period.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Period">The period.</param>
/// <param name="Count">How many ratings.</param>
/// <param name="Aspects">One summary per aspect, in the order of <see cref="FeedbackAspect"/>.</param>
/// <param name="Channels">The count per channel, every channel in the order of <see cref="FeedbackChannel"/>, zeros included.</param>
public sealed record FeedbackSummary(string UnitCode, AssessmentPeriod Period, int Count, IReadOnlyList<AspectSummary> Aspects, IReadOnlyList<ChannelCount> Channels)
{
    /// <summary>The summary of one aspect.</summary>
    /// <param name="aspect">The aspect.</param>
    /// <returns>Its summary.</returns>
    public AspectSummary Of(FeedbackAspect aspect) => Aspects.Single(a => a.Aspect == aspect);

    /// <summary>
    /// Summarizes the feedback of <paramref name="unitCode"/> whose transaction date falls in
    /// <paramref name="period"/>; other feedback in <paramref name="feedback"/> is ignored.
    /// </summary>
    /// <param name="feedback">Feedback, any units and dates.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="period">The period.</param>
    /// <returns>The summary; with no rating, counts of 0 and no averages or shares.</returns>
    public static FeedbackSummary Summarize(IEnumerable<CitizenFeedback> feedback, string unitCode, AssessmentPeriod period)
    {
        Guard.Against.Null(feedback);
        Guard.Against.Null(period);
        var ratings = feedback.Where(f => f.UnitCode == unitCode && period.Contains(f.TransactionDate)).ToList();
        var count = ratings.Count;
        var aspects = Enum.GetValues<FeedbackAspect>().Select(aspect =>
        {
            var sum = ratings.Sum(r => r.Scores[aspect]);
            var satisfied = ratings.Count(r => r.Scores[aspect] >= FeedbackScores.Satisfied);
            return count == 0
                ? new AspectSummary(aspect, 0, 0, null, null)
                : new AspectSummary(aspect, sum, satisfied, Figures.Round((decimal)sum / count, 2), Figures.Round((decimal)satisfied / count, 4));
        }).ToList();
        var channels = Enum.GetValues<FeedbackChannel>().Select(c => new ChannelCount(c, ratings.Count(r => r.Channel == c))).ToList();
        return new FeedbackSummary(unitCode, period, count, aspects, channels);
    }
}
