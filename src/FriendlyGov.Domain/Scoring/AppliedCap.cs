using FriendlyGov.Domain.Criteria.Caps;

namespace FriendlyGov.Domain.Scoring;

/// <summary>A cap that applies to a scorecard, and why its condition holds.</summary>
/// <param name="Cap">The cap.</param>
/// <param name="Reason">Why the condition holds for this unit, in both languages.</param>
public sealed record AppliedCap(Cap Cap, LocalizedText Reason);
