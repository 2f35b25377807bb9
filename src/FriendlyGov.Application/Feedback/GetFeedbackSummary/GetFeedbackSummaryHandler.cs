using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Feedback.GetFeedbackSummary;

/// <summary>
/// Handles <see cref="GetFeedbackSummary"/> with <see cref="FeedbackSummary.Summarize"/>, for the unit
/// that existed on the period's last day and the days of the period it existed.
/// </summary>
/// <param name="units">Finds the unit.</param>
/// <param name="records">Reads its ratings.</param>
internal sealed class GetFeedbackSummaryHandler(UnitLookup units, UnitPeriodRecords records) : IRequestHandler<GetFeedbackSummary, FeedbackSummary>
{
    /// <inheritdoc />
    public async Task<FeedbackSummary> Handle(GetFeedbackSummary request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var period = AssessmentPeriod.Parse(request.Period);
        var unit = await units.ResolveAsync(nameof(GetFeedbackSummary), request.UnitCode, period.End, cancellationToken).ConfigureAwait(false);
        return await records.FeedbackAsync(new UnitPeriod(unit, period), cancellationToken).ConfigureAwait(false);
    }
}
