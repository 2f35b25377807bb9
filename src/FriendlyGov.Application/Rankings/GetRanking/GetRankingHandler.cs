using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Handles <see cref="GetRanking"/> from the standings kept at finalization, never opening a scorecard.</summary>
/// <remarks>
/// The round itself is not read again: <see cref="GetRankingAuthorizer"/> read it for this request,
/// and a round with standings exists. Only an empty ranking asks whether the round exists, so that
/// an unknown round is still reported as not found.
/// </remarks>
/// <param name="lookup">Tells whether the round exists.</param>
/// <param name="assessments">The assessments.</param>
internal sealed class GetRankingHandler(AssessmentLookup lookup, IReadRepository<Assessment> assessments)
    : IRequestHandler<GetRanking, IReadOnlyList<RankingRow>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RankingRow>> Handle(GetRanking request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var standings = await assessments.ListAsync(new FinalStandingsInRoundSpec(request.RoundId, request.Kind), cancellationToken).ConfigureAwait(false);
        if (standings.Count == 0 && !await lookup.RoundExistsAsync(request.RoundId, cancellationToken).ConfigureAwait(false))
            throw AssessmentLookup.NoRound(request.RoundId);

        var ranked = CompetitionRanking.Rank(standings, s => s.RatingRank, s => s.Total, s => s.UnitCode);
        var rows = new RankingRow[ranked.Count];
        for (var i = 0; i < ranked.Count; i++)
        {
            var (rank, s) = ranked[i];
            var kind = s.Kind ?? throw new InvalidOperationException($"Unit {s.UnitCode} of round {request.RoundId} is not registered.");
            rows[i] = new RankingRow(rank, s.UnitCode, s.UnitName, kind, s.Total, s.Rating);
        }

        return rows;
    }
}
