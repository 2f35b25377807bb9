using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

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
        // The unit's standings and all its predecessors' in one query: a merged ward has seven or more.
        (string Code, LocalDate ExistedFrom) self = (unit.Code, unit.ExistedFrom);
        var standings = (await assessments.ListAsync(new FinalStandingsOfUnitsSpec([self, .. unit.Predecessors.Select(p => (p.Code, p.ExistedFrom))]), cancellationToken).ConfigureAwait(false))
            .ToLookup(s => (s.UnitCode, s.UnitExistedFrom), s => s.Point);
        var own = Points(standings[self], null);
        var inherited = unit.Predecessors.SelectMany(p => Points(standings[(p.Code, p.ExistedFrom)], p));

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

    /// <summary>One unit's finalized results, oldest period first, each with the change from the one before.</summary>
    /// <param name="finals">The unit's standings, in any order.</param>
    /// <param name="predecessor">The change that makes the unit a predecessor; <see langword="null"/> for the unit's own.</param>
    private static List<HistoryPoint> Points(IEnumerable<HistoryPoint> finals, UnitChange? predecessor)
    {
        // A unit has a handful of rounds: they are put in the order of their periods here, since a period's text does not sort in SQL.
        var ordered = finals
            .Select(p => (Point: p, Period: AssessmentPeriod.Parse(p.Period)))
            .OrderBy(f => f.Period.Start)
            .ThenBy(f => f.Period.End)
            .ThenBy(f => f.Point.Framework, StringComparer.Ordinal)
            .ThenBy(f => f.Point.RoundId)
            .ToList();

        var points = new List<HistoryPoint>(ordered.Count);
        decimal? previous = null;
        foreach (var (point, _) in ordered)
        {
            points.Add(point with { ChangeFromPrevious = point.Total - previous, Predecessor = predecessor });
            previous = point.Total;
        }

        return points;
    }
}
