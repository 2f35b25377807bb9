namespace FriendlyGov.Domain.Scoring;

/// <summary>One unit's place in a <see cref="Ranking"/>.</summary>
/// <param name="Rank">The rank: 1 for the best; tied units share a rank (1, 2, 2, 4).</param>
/// <param name="Scorecard">The unit's scorecard.</param>
public sealed record RankingEntry(int Rank, Scorecard Scorecard);
