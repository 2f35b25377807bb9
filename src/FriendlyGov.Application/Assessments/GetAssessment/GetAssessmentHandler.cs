namespace FriendlyGov.Application.Assessments.GetAssessment;

/// <summary>Handles <see cref="GetAssessment"/>.</summary>
/// <param name="lookup">Finds the assessment.</param>
internal sealed class GetAssessmentHandler(AssessmentLookup lookup) : IRequestHandler<GetAssessment, AssessmentDetails>
{
    /// <inheritdoc />
    public async Task<AssessmentDetails> Handle(GetAssessment request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (_, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        return AssessmentDetails.Of(assessment);
    }
}
