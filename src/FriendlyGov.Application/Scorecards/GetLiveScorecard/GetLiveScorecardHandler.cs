using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Scorecards.GetLiveScorecard;

/// <summary>Handles <see cref="GetLiveScorecard"/>.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="scoring">Scores the assessment.</param>
internal sealed class GetLiveScorecardHandler(AssessmentLookup lookup, AssessmentScoring scoring) : IRequestHandler<GetLiveScorecard, ScorecardSnapshot>
{
    /// <inheritdoc />
    public async Task<ScorecardSnapshot> Handle(GetLiveScorecard request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (round, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        var card = await scoring.ScoreAsync(round, assessment, cancellationToken).ConfigureAwait(false);
        return ScorecardSnapshot.Of(card);
    }
}
