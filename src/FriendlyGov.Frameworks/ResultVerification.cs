namespace FriendlyGov.Frameworks;

/// <summary>What <see cref="ResultVerifier"/> found in a result bundle.</summary>
/// <param name="Units">How many units the bundle holds.</param>
/// <param name="Differences">Each figure, hash, ranking row or signature that does not match, in the
/// bundle's order, as one line naming the unit and the figure: <c>26041: G3.1.1 published 6.37,
/// recomputed 6.38</c>; empty when everything matches.</param>
public sealed record ResultVerification(int Units, IReadOnlyList<string> Differences)
{
    /// <summary>Whether every figure, hash, the ranking and, where checked, the signature match.</summary>
    public bool IsVerified => Differences.Count == 0;
}
