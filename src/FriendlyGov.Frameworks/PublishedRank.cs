namespace FriendlyGov.Frameworks;

/// <summary>One row of a published ranking (xếp hạng).</summary>
/// <param name="Rank">The rank: 1 for the best; tied units share a rank (1, 2, 2, 4).</param>
/// <param name="UnitCode">The unit's five-digit code.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Total">The final total.</param>
/// <param name="Rating">The final rating's code, after caps.</param>
public sealed record PublishedRank(int Rank, string UnitCode, string UnitName, decimal Total, string Rating);
