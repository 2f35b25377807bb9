using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Conduct;

/// <summary>What confirming, dismissing and reopening an observation require of their fields: a reason.</summary>
/// <typeparam name="TRequest">The step's command.</typeparam>
internal abstract class ObservationStepValidator<TRequest> : IRequestValidator<TRequest>
    where TRequest : IObservationStep
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(TRequest request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.Reason)) yield return new Problem("reason", "is required: every step of an observation's due process says why");
    }
}

/// <summary>Who may take a step in an observation's due process: an appraiser or administrator of its province, never the official observed.</summary>
/// <typeparam name="TRequest">The step's command.</typeparam>
/// <param name="conduct">Finds the observation.</param>
/// <param name="units">Finds its unit's province.</param>
internal abstract class ObservationStepAuthorizer<TRequest>(ConductLookup conduct, UnitLookup units)
    : IRequestAuthorizer<TRequest>
    where TRequest : IObservationStep
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(TRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var observation = await conduct.ObservationAsync(Guard.Against.Null(request).ObservationId, cancellationToken).ConfigureAwait(false);
        var unit = await units.ResolveAsync(typeof(TRequest).Name, observation.UnitCode, observation.On, cancellationToken).ConfigureAwait(false);
        return Rules.All(ConductAuthorization.NotTheOfficialObserved(actor, observation.OfficialCode), ConductAuthorization.DeciderOf(actor, unit.Province));
    }
}
