using FriendlyGov.Frameworks;

namespace FriendlyGov.Testing;

/// <summary>
/// One fixture case as an xunit theory's argument: call <see cref="Verify"/> in the test body.
/// </summary>
/// <example>
/// <code>
/// [Theory, FixtureCases("fixtures/dongnai-2024.json")]
/// public void Case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();
/// </code>
/// </example>
public sealed class FixtureTestCase
{
    private readonly FixtureRunner _runner;

    internal FixtureTestCase(Fixture fixture, FixtureCase fixtureCase, FixtureRunner runner)
    {
        Fixture = fixture;
        Case = fixtureCase;
        _runner = runner;
    }

    /// <summary>The fixture the case belongs to.</summary>
    public Fixture Fixture { get; }

    /// <summary>The case.</summary>
    public FixtureCase Case { get; }

    /// <summary>Checks the case.</summary>
    /// <returns>The result, whatever it is.</returns>
    public FixtureCaseResult Run() => _runner.Run(Fixture, Case);

    /// <summary>Checks the case and fails when any expectation does not hold.</summary>
    /// <exception cref="FixtureCaseFailedException">An expectation did not hold; the message lists each mismatch.</exception>
    public void Verify()
    {
        var result = Run();
        if (!result.Passed) throw new FixtureCaseFailedException(result);
    }

    /// <summary>The fixture file and the case's name.</summary>
    public override string ToString() => $"{Path.GetFileName(Fixture.Document)}: {Case.Name}";
}
