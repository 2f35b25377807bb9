using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Scoring;

namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>Handles <see cref="GetWhatItWouldTake"/>: scores the assessment now and works out the rest with <see cref="WhatItWouldTakeCalculator"/>.</summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="scoring">Scores the assessment, with its unit's conduct observations.</param>
internal sealed class GetWhatItWouldTakeHandler(AssessmentLookup lookup, AssessmentScoring scoring)
    : IRequestHandler<GetWhatItWouldTake, WhatItWouldTake>
{
    /// <inheritdoc />
    public async Task<WhatItWouldTake> Handle(GetWhatItWouldTake request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (round, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        var card = await scoring.ScoreAsync(round, assessment, cancellationToken).ConfigureAwait(false);
        return WhatItWouldTakeCalculator.Calculate(card);
    }
}
