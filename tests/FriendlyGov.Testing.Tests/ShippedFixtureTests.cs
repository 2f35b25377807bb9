using FriendlyGov.Testing;

namespace FriendlyGov.Testing.Tests;

/// <summary>
/// The fixture files shipped in <c>fixtures/</c>, each case a test: this is how testers' hand-computed
/// cases run in the test suite.
/// </summary>
public sealed class ShippedFixtureTests
{
    [Theory, FixtureCases("fixtures/dongnai-2024.json")]
    public void Dong_nai_2024_case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();

    [Theory, FixtureCases("fixtures/dongnai-2025.json")]
    public void Dong_nai_2025_case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();

    [Theory, FixtureCases("fixtures/all-methods.json")]
    public void All_methods_case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();

    [Theory, FixtureCases("fixtures/custom-conduct.json")]
    public void Custom_conduct_case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();

    [Theory, FixtureCases("fixtures/dongnai-dan-van-kheo-waste.json")]
    public void Waste_sorting_case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();

    [Theory, FixtureCases("fixtures/vn-service-index.json")]
    public void Service_index_case_matches_its_fixture(FixtureTestCase fixtureCase) => fixtureCase.Verify();
}
