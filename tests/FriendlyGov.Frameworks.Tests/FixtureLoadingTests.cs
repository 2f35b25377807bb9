using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>
/// <see cref="FrameworkLoader.LoadFixture"/>: a fixture file's own problems refuse the file; problems
/// in a case's evidence belong to that case, where the case may expect them.
/// </summary>
public sealed class FixtureLoadingTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FrameworkLoader _loader;

    // The test's folder is the root: its files' references may reach anywhere inside it.
    public FixtureLoadingTests() => _loader = new FrameworkLoader(JsonLimits.Default, _temp.Path);

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("dongnai-2024.json", "dongnai-friendly-government@2024.1", 60)]
    [InlineData("dongnai-2025.json", "dongnai-friendly-government@2025.1", 36)]
    [InlineData("all-methods.json", "test-all-methods@1", 26)]
    [InlineData("custom-conduct.json", "example-custom-conduct@1", 13)]
    [InlineData("dongnai-dan-van-kheo-waste.json", "dongnai-dan-van-kheo-waste@2024.1", 22)]
    [InlineData("vn-service-index.json", "vn-service-index@2022.1", 21)]
    public void Loads_the_shipped_fixtures(string file, string framework, int cases)
    {
        // Case counts taken by counting the entries of each file's "cases" array.
        var fixture = _loader.LoadFixture(RepositoryRoot.Combine("fixtures", file));

        fixture.Framework.Id.ToString().Should().Be(framework);
        fixture.Cases.Should().HaveCount(cases);
        fixture.Cases.Select(c => c.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_fixture_framework_path_is_relative_to_the_fixture_file()
    {
        _temp.Write("frameworks/tiny.json", FrameworkJson.With());
        var path = _temp.Write("cases/tiny.json", Fixture("../frameworks/tiny.json", Case("ok", "{}", """{ "total": 0 }""")));

        _loader.LoadFixture(path).Framework.Id.ToString().Should().Be("tiny@1");
    }

    [Fact]
    public void A_case_reads_its_evidence_and_expectations()
    {
        var expect = """
            { "total": 15.00, "rating": "poor", "groups": { "G1": 2.5 }, "criteria": { "G1.1": 2.50 },
              "indicators": { "G1.2.1": 2.5 }, "bonus": 0, "caps": ["C1"], "missing": ["G1.1.1", "G1.1.2"] }
            """;
        var path = _temp.Write("f.json", Fixture(EvidenceJson.DongNai2024, Case("one", """{ "G1.2.1": { "value": 0.55 } }""", expect)));

        var fixtureCase = _loader.LoadFixture(path).Cases.Single();

        fixtureCase.Name.Should().Be("one");
        fixtureCase.Path.Should().Be("$.cases[0]");
        fixtureCase.Problems.Should().BeEmpty();
        fixtureCase.Evidence!.SelfAssessed["G1.2.1"].Value.Should().Be(0.55m);
        fixtureCase.Expect.Error.Should().BeNull();
        fixtureCase.Expect.Total.Should().Be(15m);
        fixtureCase.Expect.Rating.Should().Be("poor");
        fixtureCase.Expect.Groups.Should().Equal(new Dictionary<string, decimal> { ["G1"] = 2.5m });
        fixtureCase.Expect.Criteria.Should().Equal(new Dictionary<string, decimal> { ["G1.1"] = 2.5m });
        fixtureCase.Expect.Indicators.Should().Equal(new Dictionary<string, decimal> { ["G1.2.1"] = 2.5m });
        fixtureCase.Expect.Bonus.Should().Be(0m);
        fixtureCase.Expect.Caps.Should().BeEquivalentTo(["C1"]);
        fixtureCase.Expect.Missing.Should().BeEquivalentTo(["G1.1.1", "G1.1.2"]);
    }

    [Fact]
    public void A_problem_in_a_case_evidence_belongs_to_the_case_not_the_file()
    {
        var path = _temp.Write("f.json", Fixture(EvidenceJson.DongNai2024,
            Case("bad ratio", """{ "G1.2.1": { "value": 1.3 } }""", """{ "error": "outside" }"""),
            Case("bad kind", "{}", """{ "error": "thon" }""", kind: "thon")));

        var cases = _loader.LoadFixture(path).Cases;

        cases[0].Evidence.Should().BeNull();
        cases[0].Expect.Error.Should().Be("outside");
        cases[0].Problems.Select(p => p.ToString()).Should().Equal("$.cases[0].evidence.indicators['G1.2.1'].value: 1.3 is outside [0, 1]");
        cases[1].Problems.Select(p => p.ToString()).Should().Equal("$.cases[1].evidence.unit.kind: 'thon' is not one of xa, phuong, thi-tran, dac-khu");
    }

    [Fact]
    public void A_case_may_name_the_fixture_framework()
    {
        var evidence = """
            { "format": "friendlygov.evidence/1", "framework": "dongnai-friendly-government@2024.1", "period": "2024",
              "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" } }
            """;
        var path = _temp.Write("f.json", Fixture(EvidenceJson.DongNai2024, RawCase("named", evidence, """{ "total": 0 }""")));

        _loader.LoadFixture(path).Cases.Single().Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_case_naming_another_framework_is_a_problem_of_the_case()
    {
        var evidence = """
            { "framework": "dongnai-friendly-government@2025.1", "period": "2024",
              "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" } }
            """;
        var path = _temp.Write("f.json", Fixture(EvidenceJson.DongNai2024, RawCase("other", evidence, """{ "total": 0 }""")));

        _loader.LoadFixture(path).Cases.Single().Problems.Select(p => p.ToString()).Should().Equal(
            "$.cases[0].evidence.framework: 'dongnai-friendly-government@2025.1' is dongnai-friendly-government@2025.1, not the fixture's framework dongnai-friendly-government@2024.1");
    }

    [Fact]
    public void Duplicate_case_names_refuse_the_file()
    {
        var path = _temp.Write("f.json", Fixture(EvidenceJson.DongNai2024,
            Case("same", "{}", """{ "total": 0 }"""),
            Case("same", "{}", """{ "total": 0 }""")));

        ProblemsOf(path).Should().Equal($"{path}: $.cases[1].name: 'same' is the name of an earlier case: case names are unique");
    }

    [Fact]
    public void A_fixture_whose_framework_does_not_resolve_is_refused()
    {
        var path = _temp.Write("f.json", Fixture("nosuch@1", Case("one", "{}", """{ "total": 0 }""")));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.framework: 'nosuch@1' is not a built-in framework (they are dongnai-dan-van-kheo-waste@2024.1, dongnai-friendly-government@2024.1, dongnai-friendly-government@2025.1, vn-service-index@2022.1) nor a framework file");
    }

    [Fact]
    public void An_expected_error_excludes_figures()
    {
        var path = _temp.Write("f.json", Fixture(EvidenceJson.DongNai2024, Case("both", "{}", """{ "error": "outside", "total": 0 }""")));

        ProblemsOf(path).Should().Equal($"{path}: $.cases[0].expect.total: 'total' is not a property of an expectation; expected error");
    }

    [Fact]
    public void A_fixture_needs_at_least_one_case()
    {
        var path = _temp.Write("f.json", $$"""{ "format": "friendlygov.fixture/1", "framework": "{{EvidenceJson.DongNai2024}}", "cases": [] }""");

        ProblemsOf(path).Should().Equal($"{path}: $.cases: at least 1 entry is required");
    }

    private static string Fixture(string framework, params string[] cases) => $$"""
        {
          "format": "friendlygov.fixture/1",
          "framework": "{{framework}}",
          "cases": [
            {{string.Join(",\n", cases)}}
          ]
        }
        """;

    private static string Case(string name, string indicators, string expect, string kind = "phuong") => RawCase(name, $$"""
        { "period": "2024", "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "{{kind}}" }, "indicators": {{indicators}} }
        """, expect);

    private static string RawCase(string name, string evidence, string expect) =>
        $$"""{ "name": "{{name}}", "evidence": {{evidence}}, "expect": {{expect}} }""";

    private List<string> ProblemsOf(string path)
    {
        var load = () => _loader.LoadFixture(path);
        return load.Should().Throw<InvalidInputException>().Which.Lines.ToList();
    }
}
