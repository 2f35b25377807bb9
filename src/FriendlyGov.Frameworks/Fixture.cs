using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Frameworks;

/// <summary>A <c>friendlygov.fixture/1</c> file: cases a tester expects of one framework.</summary>
/// <param name="Document">The file's path or name.</param>
/// <param name="Framework">The framework the cases are scored against.</param>
/// <param name="Description">What the fixture checks, if said.</param>
/// <param name="Cases">The cases, in file order; names are unique.</param>
public sealed record Fixture(string Document, CriteriaFramework Framework, string? Description, IReadOnlyList<FixtureCase> Cases);
