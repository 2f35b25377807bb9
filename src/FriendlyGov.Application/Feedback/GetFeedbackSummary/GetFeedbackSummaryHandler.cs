using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Feedback.Specifications;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Feedback.GetFeedbackSummary;

/// <summary>Handles <see cref="GetFeedbackSummary"/> with <see cref="FeedbackSummary.Summarize"/>.</summary>
/// <param name="feedback">The feedback.</param>
internal sealed class GetFeedbackSummaryHandler(IReadRepository<CitizenFeedback> feedback) : IRequestHandler<GetFeedbackSummary, FeedbackSummary>
{
    /// <inheritdoc />
    public async Task<FeedbackSummary> Handle(GetFeedbackSummary request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var period = AssessmentPeriod.Parse(request.Period);
        var ratings = await feedback.ListAsync(new FeedbackOfUnitSpec(request.UnitCode, period.Start, period.End), cancellationToken).ConfigureAwait(false);
        return FeedbackSummary.Summarize(ratings, request.UnitCode, period);
    }
}
