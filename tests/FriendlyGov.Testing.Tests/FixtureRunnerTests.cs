using System.Reflection;
using FriendlyGov.Domain;
using FriendlyGov.Testing;
using Xunit.Sdk;

namespace FriendlyGov.Testing.Tests;

/// <summary>
/// <see cref="FixtureRunner"/>: scores each case and lists every expectation that does not hold,
/// one line per mismatch led by the case's name.
/// </summary>
/// <remarks>
/// Most cases use <c>tiny@1</c> (<see cref="TinyFramework"/>). Its base evidence scores:
/// G1.1.1 ratio 0.9 → 5 × (0.9 − 0.5) / (1 − 0.5) = 4; G1.1.2 not met → 0; G2.1.1 met → 2;
/// groups G1 4, G2 2; total 6 → band good (from 6); C1 holds (G1.1.2 0 &lt; 1) and caps it to poor.
/// </remarks>
public sealed class FixtureRunnerTests : IDisposable
{
    private const string TinyFramework = """
        {
          "format": "friendlygov.framework/1",
          "id": "tiny",
          "version": "1",
          "title": { "vi": "Bộ tiêu chí nhỏ", "en": "A small framework" },
          "jurisdiction": "Đồng Nai",
          "appliesTo": ["xa", "phuong"],
          "period": "year",
          "ratings": [
            { "code": "good", "title": { "vi": "Tốt", "en": "Good" }, "minPoints": 6 },
            { "code": "poor", "title": { "vi": "Chưa đạt", "en": "Poor" }, "minPoints": 0 }
          ],
          "groups": [
            { "id": "G1", "title": { "vi": "Nhóm 1", "en": "Group 1" }, "criteria": [
              { "id": "G1.1", "title": { "vi": "Tiêu chí 1.1", "en": "Criterion 1.1" }, "indicators": [
                { "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoints": 5, "method": { "kind": "ratio", "floor": 0.5, "target": 1 } },
                { "id": "G1.1.2", "title": { "vi": "Đạt", "en": "Met" }, "maxPoints": 3, "method": { "kind": "check" } } ] } ] },
            { "id": "G2", "title": { "vi": "Nhóm 2", "en": "Group 2" }, "criteria": [
              { "id": "G2.1", "title": { "vi": "Tiêu chí 2.1", "en": "Criterion 2.1" }, "indicators": [
                { "id": "G2.1.1", "title": { "vi": "Đạt", "en": "Met" }, "maxPoints": 2, "method": { "kind": "check" } } ] } ] }
          ],
          "caps": [
            { "id": "C1", "title": { "vi": "G1.1.2 dưới 1 điểm", "en": "G1.1.2 below 1 point" },
              "when": { "indicatorBelow": { "indicator": "G1.1.2", "points": 1 } }, "maxRating": "poor" }
          ]
        }
        """;

    private const string BaseEvidence = """{ "G1.1.1": { "value": 0.9 }, "G1.1.2": { "met": false }, "G2.1.1": { "met": true } }""";

    private readonly TempDirectory _temp = new();

    public FixtureRunnerTests() => _temp.Write("tiny.json", TinyFramework);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_case_passes_when_every_expectation_holds()
    {
        var expect = """
            { "total": 6, "rating": "poor", "groups": { "G1": 4, "G2": 2 }, "criteria": { "G1.1": 4, "G2.1": 2 },
              "indicators": { "G1.1.1": 4, "G1.1.2": 0, "G2.1.1": 2 }, "bonus": 0, "caps": ["C1"], "missing": [] }
            """;

        var result = RunOne(Case("all match", BaseEvidence, expect));

        result.Passed.Should().BeTrue();
        result.Mismatches.Should().BeEmpty();
        result.Lines.Should().BeEmpty();
    }

    [Fact]
    public void Figures_compare_as_decimals_so_6_equals_6_00()
    {
        var result = RunOne(Case("scale ignored", BaseEvidence, """{ "total": 6.00, "indicators": { "G1.1.1": 4.000, "G2.1.1": 2.0 } }"""));

        result.Passed.Should().BeTrue();
    }

    [Fact]
    public void One_wrong_figure_fails_with_expected_and_actual()
    {
        // G1.2.1 of the 2024 framework is a ratio, floor 0.3, target 0.8, worth 5:
        // 0.75 → 5 × (0.75 − 0.3) / (0.8 − 0.3) = 5 × 0.45 / 0.5 = 4.5, not the 4.4 expected.
        var path = _temp.Write("dongnai.json", Fixture("dongnai-friendly-government@2024.1",
            Case("ratio 0.75", """{ "G1.2.1": { "value": 0.75 } }""", """{ "indicators": { "G1.2.1": 4.4 } }""")));

        var result = new FixtureRunner().RunFile(path).Single();

        result.Passed.Should().BeFalse();
        result.Mismatches.Should().Equal("indicators.G1.2.1 expected 4.4, got 4.5");
        result.Lines.Should().Equal("ratio 0.75: indicators.G1.2.1 expected 4.4, got 4.5");
    }

    [Fact]
    public void A_wrong_rating_fails()
    {
        RunOne(Case("rating", BaseEvidence, """{ "rating": "good" }""")).Lines.Should().Equal("rating: rating expected good, got poor");
    }

    [Fact]
    public void A_wrong_set_of_caps_fails()
    {
        RunOne(Case("caps", BaseEvidence, """{ "caps": [] }""")).Lines.Should().Equal("caps: caps expected [], got [C1]");
    }

    [Fact]
    public void Caps_compare_as_sets()
    {
        RunOne(Case("caps twice", BaseEvidence, """{ "caps": ["C1", "C1"] }""")).Passed.Should().BeTrue();
    }

    [Fact]
    public void A_wrong_set_of_missing_indicators_fails()
    {
        // Without G2.1.1: 4 + 0 + 0 = 4 → poor already, so C1 does not apply; G2.1.1 is missing.
        var result = RunOne(Case("missing", """{ "G1.1.1": { "value": 0.9 }, "G1.1.2": { "met": false } }""", """{ "total": 4, "caps": [], "missing": [] }"""));

        result.Lines.Should().Equal("missing: missing expected [], got [G2.1.1]");
    }

    [Fact]
    public void Every_mismatch_of_a_case_is_listed_in_order()
    {
        var result = RunOne(Case("several", BaseEvidence, """{ "total": 7, "rating": "good", "groups": { "G1": 5, "G2": 2 }, "bonus": 1 }"""));

        result.Lines.Should().Equal(
            "several: total expected 7, got 6",
            "several: rating expected good, got poor",
            "several: groups.G1 expected 5, got 4",
            "several: bonus expected 1, got 0");
    }

    [Fact]
    public void A_figure_for_a_part_the_framework_does_not_have_fails()
    {
        RunOne(Case("no such", BaseEvidence, """{ "indicators": { "G9.9.9": 1 }, "groups": { "G9": 0 } }""")).Lines.Should().Equal(
            "no such: groups.G9 expected 0, but tiny@1 has no such part",
            "no such: indicators.G9.9.9 expected 1, but tiny@1 has no such part");
    }

    [Fact]
    public void An_expected_error_that_is_not_raised_fails()
    {
        RunOne(Case("no error", BaseEvidence, """{ "error": "outside" }""")).Lines.Should().Equal(
            "no error: error expected containing 'outside', got none");
    }

    [Fact]
    public void An_expected_error_passes_when_the_message_contains_its_text()
    {
        RunOne(Case("ratio 1.3", """{ "G1.1.1": { "value": 1.3 } }""", """{ "error": "1.3 is outside [0, 1]" }""")).Passed.Should().BeTrue();
    }

    [Fact]
    public void An_expected_error_whose_text_is_not_contained_fails_with_the_real_error()
    {
        var path = _temp.Write("fixture.json", Fixture("tiny.json",
            Case("other error", """{ "G1.1.1": { "value": 1.3 } }""", """{ "error": "is not a number" }""")));

        new FixtureRunner().RunFile(path).Single().Lines.Should().Equal(
            $"other error: error expected containing 'is not a number', got: {path}: $.cases[0].evidence.indicators['G1.1.1'].value: 1.3 is outside [0, 1]");
    }

    [Fact]
    public void An_unexpected_error_fails_with_the_error()
    {
        var path = _temp.Write("fixture.json", Fixture("tiny.json",
            Case("unexpected", """{ "G1.1.1": { "value": 1.3 } }""", """{ "total": 6 }""")));

        new FixtureRunner().RunFile(path).Single().Lines.Should().Equal(
            $"unexpected: unexpected error: {path}: $.cases[0].evidence.indicators['G1.1.1'].value: 1.3 is outside [0, 1]");
    }

    [Fact]
    public void Results_come_in_file_order()
    {
        var path = _temp.Write("fixture.json", Fixture("tiny.json",
            Case("first", BaseEvidence, """{ "total": 6 }"""),
            Case("second", BaseEvidence, """{ "total": 5 }"""),
            Case("third", "{}", """{ "total": 0 }""")));

        var results = new FixtureRunner().RunFile(path);

        results.Select(r => (r.Case.Name, r.Passed)).Should().Equal(("first", true), ("second", false), ("third", true));
    }

    [Fact]
    public void A_failed_case_throws_from_verify_with_every_mismatch_in_the_message()
    {
        var path = _temp.Write("fixture.json", Fixture("tiny.json",
            Case("passes", BaseEvidence, """{ "total": 6 }"""),
            Case("fails", BaseEvidence, """{ "total": 7, "rating": "good" }""")));
        var cases = TestCasesOf(path);

        cases.Select(c => c.ToString()).Should().Equal("fixture.json: passes", "fixture.json: fails");
        cases[0].Invoking(c => c.Verify()).Should().NotThrow();
        var failure = cases[1].Invoking(c => c.Verify()).Should().Throw<FixtureCaseFailedException>().Which;
        failure.Message.Should().Be(string.Join(Environment.NewLine, "fails: total expected 7, got 6", "fails: rating expected good, got poor"));
        failure.Result.Case.Name.Should().Be("fails");
    }

    [Fact]
    public void Duplicate_case_names_make_the_fixture_unusable()
    {
        var path = _temp.Write("fixture.json", Fixture("tiny.json",
            Case("same", BaseEvidence, """{ "total": 6 }"""),
            Case("same", BaseEvidence, """{ "total": 6 }""")));

        var run = () => new FixtureRunner().RunFile(path);

        run.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            $"{path}: $.cases[1].name: 'same' is the name of an earlier case: case names are unique");
    }

    [Fact]
    public void A_fixture_whose_framework_does_not_resolve_is_unusable()
    {
        var path = _temp.Write("fixture.json", Fixture("frameworks/tiny.json", Case("one", BaseEvidence, """{ "total": 6 }""")));
        var lookedFor = Path.Combine(_temp.Path, "frameworks/tiny.json");

        var run = () => new FixtureRunner().RunFile(path);

        run.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            $"{path}: $.framework: 'frameworks/tiny.json' is neither a built-in framework nor an existing framework file (looked for {lookedFor})");
    }

    [Fact]
    public void The_data_attribute_refuses_an_unusable_fixture()
    {
        var path = _temp.Write("fixture.json", Fixture("nosuch@1", Case("one", BaseEvidence, """{ "total": 6 }""")));

        var read = () => TestCasesOf(path);

        read.Should().Throw<InvalidInputException>().Which.Lines.Should().ContainSingle().Which.Should().StartWith($"{path}: $.framework: 'nosuch@1' is not a built-in framework");
    }

    private FixtureCaseResult RunOne(string fixtureCase) =>
        new FixtureRunner().RunFile(_temp.Write("fixture.json", Fixture("tiny.json", fixtureCase))).Single();

    private static List<FixtureTestCase> TestCasesOf(string path)
    {
        var method = typeof(FixtureRunnerTests).GetMethod(nameof(A_failed_case_throws_from_verify_with_every_mismatch_in_the_message), BindingFlags.Public | BindingFlags.Instance)!;
        var rows = new FixtureCasesAttribute(path).GetData(method, new DisposalTracker()).AsTask().GetAwaiter().GetResult();
        return [.. rows.Select(r => (FixtureTestCase)r.GetData()[0]!)];
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

    private static string Case(string name, string indicators, string expect) => $$"""
        {
          "name": "{{name}}",
          "evidence": { "period": "2024", "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" }, "indicators": {{indicators}} },
          "expect": {{expect}}
        }
        """;
}
