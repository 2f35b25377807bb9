namespace FriendlyGov.Reporting;

/// <summary>One place in a ranking report.</summary>
/// <param name="Rank">The competition rank: 1, 2, 2, 4.</param>
/// <param name="Scorecard">The unit's scorecard.</param>
public sealed record RankingReportEntry(int Rank, ScorecardReport Scorecard);
