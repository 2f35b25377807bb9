using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>What a ranking reads of one finalized assessment: the columns kept beside its final scorecard, never the scorecard.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitName">The unit's name on the final scorecard.</param>
/// <param name="Kind">The unit's kind when finalized; <see langword="null"/> only for one finalized before FriendlyGov kept it, whose unit was not registered.</param>
/// <param name="Total">The final total.</param>
/// <param name="Rating">The final rating's code.</param>
/// <param name="RatingRank">The final rating's place among the framework's ratings, 0 for the best.</param>
internal sealed record FinalStanding(string UnitCode, string UnitName, UnitKind? Kind, decimal Total, string Rating, int RatingRank);
