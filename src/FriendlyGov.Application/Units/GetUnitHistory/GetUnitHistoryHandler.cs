using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Specifications;
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
        var finals = (await assessments.ListAsync(new AssessmentsOfUnitSpec(code, existedFrom), cancellationToken).ConfigureAwait(false))
            .Where(a => a.FinalScorecard is not null)
            .Select(a => (a.RoundId, Card: a.FinalScorecard!, Period: AssessmentPeriod.Parse(a.FinalScorecard!.Period)))
            .OrderBy(f => f.Period.Start)
            .ThenBy(f => f.Period.End)
            .ThenBy(f => f.Card.Framework, StringComparer.Ordinal)
            .ThenBy(f => f.RoundId)
            .ToList();

        var points = new List<HistoryPoint>(finals.Count);
        decimal? previous = null;
        foreach (var (roundId, card, _) in finals)
        {
            points.Add(new HistoryPoint(roundId, card.Framework, card.Period, card.Total, card.Rating, card.Total - previous, predecessor));
            previous = card.Total;
        }

        return points;
    }
}
