using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Assessments;

/// <summary>A step on the assessment of one unit in one round: read with its round, audited under <c>assessment/{id}</c>.</summary>
/// <typeparam name="TRequest">The step's command.</typeparam>
/// <typeparam name="TResponse">What it returns.</typeparam>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="step">Who takes the step, when, and its audit entry.</param>
internal abstract class AssessmentStepHandler<TRequest, TResponse>(AssessmentLookup lookup, IRepository<Assessment> assessments, StepContext step)
    : AggregateStepHandler<TRequest, Assessment, TResponse>(assessments, step)
    where TRequest : IAssessmentRequest, IRequest<TResponse>
{
    /// <summary>The assessment's round, read with it; set before <c>Act</c> runs.</summary>
    protected AssessmentRound Round { get; private set; } = null!;

    /// <inheritdoc />
    protected sealed override async Task<Assessment> LoadAsync(TRequest request, CancellationToken cancellationToken)
    {
        (Round, var assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        return assessment;
    }

    /// <inheritdoc />
    protected sealed override string Subject(Assessment aggregate) => $"assessment/{aggregate.Id}";
}
