using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>Handles <see cref="GetUnitHistory"/>; its authorizer has found the unit registered.</summary>
/// <param name="units">Finds the unit.</param>
/// <param name="assessments">The assessments.</param>
internal sealed class GetUnitHistoryHandler(UnitLookup units, IReadRepository<Assessment> assessments)
    : IRequestHandler<GetUnitHistory, UnitHistory>
{
    /// <inheritdoc />
    public async Task<UnitHistory> Handle(GetUnitHistory request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var unit = await units.ResolveAsync(nameof(GetUnitHistory), request.UnitCode, request.On, cancellationToken).ConfigureAwait(false);
        var own = await PointsAsync(unit.Code, unit.ExistedFrom, null, cancellationToken).ConfigureAwait(false);
        var inherited = new List<HistoryPoint>();
        foreach (var predecessor in unit.Predecessors)
            inherited.AddRange(await PointsAsync(predecessor.Code, predecessor.ExistedFrom, predecessor, cancellationToken).ConfigureAwait(false));

        List<HistoryPoint> points =
        [
            .. own.Concat(inherited)
                .OrderBy(p => AssessmentPeriod.Parse(p.Period).Start)
                .ThenBy(p => AssessmentPeriod.Parse(p.Period).End)
                .ThenBy(p => p.Predecessor is null ? 0 : 1)
                .ThenBy(p => p.Predecessor?.Code, StringComparer.Ordinal),
        ];
        return new UnitHistory(unit.Code, unit.Name, unit.ExistedFrom, unit.ExistedUntil, unit.Predecessors, unit.Successors, points,
            PredecessorBaseline.Of(unit.Predecessors.Count, points.Where(p => p.Predecessor is not null)));
    }

    /// <summary>The finalized results of one unit, oldest period first, each with the change from the one before.</summary>
    private async Task<List<HistoryPoint>> PointsAsync(string code, NodaTime.LocalDate existedFrom, UnitChange? predecessor, CancellationToken cancellationToken)
    {
        // A unit has a handful of rounds: they are put in the order of their periods here, since a period's text does not sort in SQL.
        var finals = (await assessments.ListAsync(new FinalStandingsOfUnitSpec(code, existedFrom), cancellationToken).ConfigureAwait(false))
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
            points.Add(point with { ChangeFromPrevious = point.Total - previous, Predecessor = predecessor });
            previous = point.Total;
        }

        return points;
    }
}
