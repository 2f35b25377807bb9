using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Feedback.Specifications;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>
/// Measures <c>feedback</c>: citizens' ratings whose transaction falls in the period, summarized as
/// <c>GetFeedbackSummary</c> does (the average to 2 decimals); none recorded leaves the indicator missing.
/// </summary>
internal sealed class FeedbackMeasurer(IReadRepository<CitizenFeedback> feedback) : IDataSourceMeasurer
{
    private readonly SummaryCache<FeedbackSummary> _summaries = new();

    public string Kind => "feedback";

    public async Task<Measurement?> MeasureAsync(DataSource source, string unitCode, AssessmentPeriod period, CancellationToken cancellationToken)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(period);
        var summary = await _summaries.GetAsync(unitCode, period, async () =>
            FeedbackSummary.Summarize(await feedback.ListAsync(new FeedbackOfUnitSpec(unitCode, period.Start, period.End), cancellationToken).ConfigureAwait(false), unitCode, period)).ConfigureAwait(false);
        if (summary.Count == 0) return null;
        var where = new LocalizedText($"đơn vị {unitCode}, kỳ {period}", $"unit {unitCode}, period {period}");
        if (source.Measure == "count")
            return new Measurement(source, summary.Count, null, new($"{summary.Count} phiếu đánh giá, {where.Vi}", $"{summary.Count} ratings, {where.En}"));

        // DataSource checked the aspect against the same codes.
        if (!FeedbackCodes.TryParseAspect(source.Aspect!, out var aspect))
            throw new InvalidOperationException($"'{source.Aspect}' is not a feedback aspect.");
        var of = summary.Of(aspect);
        return source.Measure == "average"
            ? new Measurement(source, of.Average!.Value, summary.Count, new(
                $"{summary.Count} phiếu đánh giá, tổng điểm {of.Sum}, trung bình {Figures.FormatVi(of.Average.Value)} (làm tròn 2 chữ số), {where.Vi}",
                $"{summary.Count} ratings summing to {of.Sum}, average {Figures.Format(of.Average.Value)} (to 2 decimals), {where.En}"))
            : new Measurement(source, of.Satisfied, summary.Count, new(
                $"{of.Satisfied} trên {summary.Count} phiếu đánh giá 4 hoặc 5, {where.Vi}",
                $"{of.Satisfied} of {summary.Count} ratings are 4 or 5, {where.En}"));
    }
}
