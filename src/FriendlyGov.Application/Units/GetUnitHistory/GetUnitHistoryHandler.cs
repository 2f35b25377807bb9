using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>Handles <see cref="GetUnitHistory"/>; its authorizer has found the unit registered.</summary>
/// <param name="assessments">The assessments.</param>
internal sealed class GetUnitHistoryHandler(IReadRepository<Assessment> assessments)
    : IRequestHandler<GetUnitHistory, IReadOnlyList<HistoryPoint>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<HistoryPoint>> Handle(GetUnitHistory request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        // A unit has a handful of rounds: they are put in the order of their periods here, since a period's text does not sort in SQL.
        var finals = (await assessments.ListAsync(new FinalStandingsOfUnitSpec(request.UnitCode), cancellationToken).ConfigureAwait(false))
            .Select(p => (Point: p, Period: AssessmentPeriod.Parse(p.Period)))
            .OrderBy(f => f.Period.Start)
            .ThenBy(f => f.Period.End)
            .ThenBy(f => f.Point.Framework, StringComparer.Ordinal)
            .ThenBy(f => f.Point.RoundId)
            .ToList();

        var points = new List<HistoryPoint>(finals.Count);
        decimal? previous = null;
        foreach (var (point, _) in finals)
        {
            points.Add(point with { ChangeFromPrevious = point.Total - previous });
            previous = point.Total;
        }

        return points;
    }
}
