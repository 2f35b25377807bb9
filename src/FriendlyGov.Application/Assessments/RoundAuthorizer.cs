using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Assessments;

/// <summary>Authorizes a request about a round, or about a unit's assessment in it, by the round's province.</summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <param name="lookup">Finds the round.</param>
/// <param name="roundOf">The round the request is about.</param>
/// <param name="decide">The rule, given the actor, the round and the request.</param>
internal abstract class RoundAuthorizer<TRequest>(
    AssessmentLookup lookup,
    Func<TRequest, Guid> roundOf,
    Func<Actor, AssessmentRound, TRequest, AuthorizationDecision> decide)
    : RecordAuthorizer<TRequest, AssessmentRound>((r, c) => lookup.RoundAsync(roundOf(r), c), decide);
