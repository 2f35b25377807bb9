using FriendlyGov.Domain;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Frameworks;

/// <summary>One case of a fixture: evidence and what scoring it should give.</summary>
/// <param name="Name">The case's name, unique in its fixture.</param>
/// <param name="Path">Where the case is in its file, such as <c>$.cases[3]</c>.</param>
/// <param name="Evidence">The evidence, when it could be read and fits the framework.</param>
/// <param name="Problems">What is wrong with the evidence, with paths in the fixture file; the
/// outcome of a case that expects an error.</param>
/// <param name="Expect">What the case expects.</param>
public sealed record FixtureCase(string Name, string Path, UnitEvidence? Evidence, IReadOnlyList<Problem> Problems, FixtureExpectation Expect)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
