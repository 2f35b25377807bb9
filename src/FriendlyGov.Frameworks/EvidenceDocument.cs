using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Frameworks;

/// <summary>A <c>friendlygov.evidence/1</c> document: one unit's evidence and the framework that scores it.</summary>
/// <param name="Framework">The framework reference as written: a built-in <c>id@version</c> or a path
/// relative to the document; <see langword="null"/> in a fixture case that leaves it out.</param>
/// <param name="Evidence">The evidence.</param>
public sealed record EvidenceDocument(string? Framework, UnitEvidence Evidence);
