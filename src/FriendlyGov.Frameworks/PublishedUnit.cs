using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Frameworks;

/// <summary>One unit in a result bundle: its evidence as counted and the final scorecard kept at finalization.</summary>
/// <param name="Evidence">The evidence the engine scored, measured figures included.</param>
/// <param name="Scorecard">The final scorecard, with its hashes and who finalized it when.</param>
public sealed record PublishedUnit(UnitEvidence Evidence, ScorecardSnapshot Scorecard);
