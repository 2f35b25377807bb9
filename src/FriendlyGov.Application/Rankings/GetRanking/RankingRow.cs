using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>One unit's place in a round's ranking, from its final scorecard.</summary>
/// <param name="Rank">The rank: 1 for the best; tied units share a rank (1, 2, 2, 4).</param>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitName">The unit's name, as on its final scorecard.</param>
/// <param name="Kind">The unit's kind.</param>
/// <param name="Total">The final total.</param>
/// <param name="Rating">The final rating's code, after caps.</param>
public sealed record RankingRow(int Rank, string UnitCode, string UnitName, UnitKind Kind, decimal Total, string Rating);
