using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Handles <see cref="GetRanking"/> from the standings kept at finalization, never opening a scorecard.</summary>
/// <param name="lookup">Finds the round.</param>
/// <param name="assessments">The assessments.</param>
internal sealed class GetRankingHandler(AssessmentLookup lookup, IReadRepository<Assessment> assessments)
    : IRequestHandler<GetRanking, IReadOnlyList<RankingRow>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RankingRow>> Handle(GetRanking request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        var standings = await assessments.ListAsync(new FinalStandingsInRoundSpec(round.Id, request.Kind), cancellationToken).ConfigureAwait(false);
        var ranked = CompetitionRanking.Rank(standings, s => s.RatingRank, s => s.Total, s => s.UnitCode);
        var rows = new RankingRow[ranked.Count];
        for (var i = 0; i < ranked.Count; i++)
        {
            var (rank, s) = ranked[i];
            var kind = s.Kind ?? throw new InvalidOperationException($"Unit {s.UnitCode} of round {round.Id} is not registered.");
            rows[i] = new RankingRow(rank, s.UnitCode, s.UnitName, kind, s.Total, s.Rating);
        }

        return rows;
    }
}
