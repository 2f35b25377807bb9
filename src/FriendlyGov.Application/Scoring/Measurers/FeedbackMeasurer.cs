using FriendlyGov.Application.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Feedback;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>
/// Measures <c>feedback</c>: citizens' ratings whose transaction falls on a day the unit existed in the period, summarized as
/// <c>GetFeedbackSummary</c> does (the average to 2 decimals); none recorded leaves the indicator missing.
/// </summary>
internal sealed class FeedbackMeasurer(UnitPeriodRecords records) : IDataSourceMeasurer
{
    private readonly SummaryCache<FeedbackSummary> _summaries = new();

    public string Kind => "feedback";

    public async Task<Measurement?> MeasureAsync(DataSource source, UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(scope);
        var summary = await _summaries.GetAsync(scope, () => records.FeedbackAsync(scope, cancellationToken)).ConfigureAwait(false);
        if (summary.Count == 0) return null;
        var where = scope.Where;
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
