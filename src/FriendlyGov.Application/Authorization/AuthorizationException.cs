namespace FriendlyGov.Application.Authorization;

/// <summary>A request the actor may not send: refused before anything changed.</summary>
/// <param name="request">The request's name.</param>
/// <param name="actor">The actor's id.</param>
/// <param name="rule">The rule that refused it.</param>
/// <param name="reason">Why.</param>
public sealed class AuthorizationException(string request, string actor, string rule, string reason)
    : Exception($"{request} by {actor} is refused by rule '{rule}': {reason}")
{
    /// <summary>The request's name.</summary>
    public string Request { get; } = request;

    /// <summary>The actor's id.</summary>
    public string Actor { get; } = actor;

    /// <summary>The rule that refused it.</summary>
    public string Rule { get; } = rule;

    /// <summary>Why the rule refused it.</summary>
    public string Reason { get; } = reason;
}
