using FriendlyGov.Application.Assessments;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Scorecards.GetFinalScorecard;

/// <summary>Handles <see cref="GetFinalScorecard"/>.</summary>
/// <param name="lookup">Finds the assessment.</param>
internal sealed class GetFinalScorecardHandler(AssessmentLookup lookup) : IRequestHandler<GetFinalScorecard, ScorecardSnapshot?>
{
    /// <inheritdoc />
    public async Task<ScorecardSnapshot?> Handle(GetFinalScorecard request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (_, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        return assessment.FinalScorecard;
    }
}
