namespace FriendlyGov.Application.Authorization;

/// <summary>Whether a request is allowed, and if not, which rule refused it and why.</summary>
/// <param name="Allowed">Whether it is allowed.</param>
/// <param name="Rule">The rule that refused it, such as <c>appraiser-not-own-unit</c>; empty when allowed.</param>
/// <param name="Reason">Why, in a sentence; empty when allowed.</param>
public sealed record AuthorizationDecision(bool Allowed, string Rule, string Reason)
{
    /// <summary>The request is allowed.</summary>
    public static AuthorizationDecision Allow { get; } = new(true, string.Empty, string.Empty);

    /// <summary>The request is refused.</summary>
    /// <param name="rule">The rule that refuses it.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision Refuse(string rule, string reason) => new(false, rule, reason);
}
