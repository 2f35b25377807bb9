using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Specifications;
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
        var finals = (await assessments.ListAsync(new AssessmentsOfUnitSpec(request.UnitCode), cancellationToken).ConfigureAwait(false))
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
            points.Add(new HistoryPoint(roundId, card.Framework, card.Period, card.Total, card.Rating, card.Total - previous));
            previous = card.Total;
        }

        return points;
    }
}
