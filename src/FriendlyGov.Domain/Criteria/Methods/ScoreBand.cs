namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>One band of a <c>bands</c> method: a value at or above <paramref name="Min"/> earns <paramref name="Points"/>.</summary>
/// <param name="Min">The lowest value in the band.</param>
/// <param name="Points">The points the band earns, in [0, max].</param>
public sealed record ScoreBand(decimal Min, decimal Points);
