using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Assessments.SubmitSelfAssessment;

/// <summary>Only the unit's officer submits its self-assessment.</summary>
internal sealed class SubmitSelfAssessmentAuthorizer : IRequestAuthorizer<SubmitSelfAssessment>
{
    /// <inheritdoc />
    public Task<AuthorizationDecision> AuthorizeAsync(SubmitSelfAssessment request, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(Rules.OfficerOf(actor, Guard.Against.Null(request).UnitCode));
}
