using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Frameworks;

/// <summary>An evidence file that was read, resolved to its framework and checked against it.</summary>
/// <param name="Document">The file's path or name.</param>
/// <param name="Framework">The framework that scores it.</param>
/// <param name="Evidence">The evidence; it fits the framework.</param>
public sealed record LoadedEvidence(string Document, CriteriaFramework Framework, UnitEvidence Evidence);
