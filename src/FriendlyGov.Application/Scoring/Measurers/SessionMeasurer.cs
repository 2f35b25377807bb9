using FriendlyGov.Application.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>
/// Measures <c>sessions</c>: "Morning with the People" sessions as <c>GetSessionSummary</c> sums
/// them up, today in Vietnam; a unit with no session recorded in the period is left missing.
/// </summary>
internal sealed class SessionMeasurer(UnitPeriodRecords records, IClock clock) : IDataSourceMeasurer
{
    private readonly SummaryCache<SessionSummary> _summaries = new();

    public string Kind => "sessions";

    public async Task<Measurement?> MeasureAsync(DataSource source, UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(scope);
        var today = VietnamTime.DateAt(clock.GetCurrentInstant());
        var summary = await _summaries.GetAsync(scope, () => records.SessionsAsync(scope, today, cancellationToken)).ConfigureAwait(false);
        if (summary.Held == 0) return null;
        var where = scope.Where;
        return source.Measure switch
        {
            "held" => new Measurement(source, summary.Held, null, new($"{summary.Held} buổi sáng với nhân dân, {where.Vi}", $"{summary.Held} \"Morning with the People\" sessions, {where.En}")),
            "chairedByHeadShare" => new Measurement(source, summary.ChairedByHead.Count, summary.ChairedByHead.OutOf, new(
                $"người đứng đầu chủ trì {summary.ChairedByHead.Count} trên {summary.ChairedByHead.OutOf} buổi, {where.Vi}",
                $"the head chaired {summary.ChairedByHead.Count} of {summary.ChairedByHead.OutOf} sessions, {where.En}")),
            "issuesResolvedOnTimeShare" => summary.ResolvedByDeadline.OutOf == 0 ? null : new Measurement(source, summary.ResolvedByDeadline.Count, summary.ResolvedByDeadline.OutOf, new(
                $"{summary.ResolvedByDeadline.Count} trên {summary.ResolvedByDeadline.OutOf} kiến nghị đến hạn được giải quyết đúng hạn, {where.Vi}, tính đến {today:uuuu-MM-dd}",
                $"{summary.ResolvedByDeadline.Count} of {summary.ResolvedByDeadline.OutOf} issues due were resolved by their deadline, {where.En}, as of {today:uuuu-MM-dd}")),
            _ => new Measurement(source, summary.Overdue.Count, null, new(
                $"{summary.Overdue.Count} kiến nghị quá hạn chưa giải quyết tính đến {today:uuuu-MM-dd}, đơn vị {scope.Code}",
                $"{summary.Overdue.Count} issues unresolved past their deadline as of {today:uuuu-MM-dd}, unit {scope.Code}")),
        };
    }
}
