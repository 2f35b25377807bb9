using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests.Hostile;

/// <summary>
/// Figures so large (or so finely divided) that scoring them would leave decimal's range: each is
/// refused when the file is read, with its place, so no framework that reads can crash scoring.
/// The largest decimal is 79228162514264337593543950335; the bounds are 1000000 for points and
/// weights and 1000000000000 for every other figure (FigureLimits).
/// </summary>
public sealed class FigureLimitTests : IDisposable
{
    private const string Largest = "79228162514264337593543950335";
    private const string Points = "is beyond ±1000000, the most points FriendlyGov scores (FigureLimits.MaxPoints)";
    private const string Value = "is beyond ±1000000000000, the largest figure FriendlyGov scores with (FigureLimits.MaxValue)";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<Problem> FrameworkProblems(string json) =>
        Invalid.Problems(() => FrameworkReader.Read(Encoding.UTF8.GetBytes(json), "f.json"));

    private static string Indicator(string max, string method) =>
        $$"""{ "id": "G1.1.1", "title": { "vi": "a", "en": "a" }, "maxPoints": {{max}}, "method": {{method}} }""";

    [Fact]
    public void The_largest_decimal_as_maxPoints_is_refused_with_its_place()
    {
        // The reproduction: `framework validate` crashed summing this maximum into the framework's.
        FrameworkProblems(FrameworkJson.With(Indicator(Largest, """{ "kind": "check" }"""))).Should().Equal(
            new Problem(FrameworkJson.IndicatorPath(0) + ".maxPoints", $"{Largest} {Points}"));
    }

    [Fact]
    public void A_scale_up_to_the_largest_decimal_is_refused_when_read_not_when_scored()
    {
        // The reproduction: validate accepted low 0, high 7.9 × 10²⁸, and `score` crashed on (high − low) × n.
        FrameworkProblems(FrameworkJson.With(Indicator("5", $$"""{ "kind": "scale", "low": 0, "high": {{Largest}} }"""))).Should().Equal(
            new Problem(FrameworkJson.IndicatorPath(0) + ".method.high", $"{Largest} {Value}"));
    }

    [Fact]
    public void A_huge_perBreach_is_refused()
    {
        var json = FrameworkJson.With(
            Indicator("5", $$"""{ "kind": "conduct", "rules": ["5K.3"], "perBreach": {{Largest}} }"""),
            extra: """, "conductCode": "vn-friendly-government-2024" """);

        FrameworkProblems(json).Should().Equal(new Problem(FrameworkJson.IndicatorPath(0) + ".method.perBreach", $"{Largest} {Points}"));
    }

    [Fact]
    public void Huge_checklist_points_are_refused()
    {
        var json = FrameworkJson.With(Indicator("5", $$"""{ "kind": "checklist", "items": [ { "id": "a", "points": {{Largest}} } ] }"""));

        FrameworkProblems(json).Should().Equal(new Problem(FrameworkJson.IndicatorPath(0) + ".method.items[0].points", $"{Largest} {Points}"));
    }

    [Fact]
    public void A_perCount_one_over_the_bound_is_refused_and_the_bound_itself_is_read()
    {
        FrameworkProblems(FrameworkJson.With(Indicator("5", """{ "kind": "deduction", "perCount": 1000000.5 }"""))).Should().Equal(
            new Problem(FrameworkJson.IndicatorPath(0) + ".method.perCount", $"1000000.5 {Points}"));
        FrameworkReader.Read(Encoding.UTF8.GetBytes(FrameworkJson.With(Indicator("1000000", """{ "kind": "deduction", "perCount": 1000000 }"""))), "f.json")
            .MaxPoints.Should().Be(1_000_000m);
    }

    [Fact]
    public void A_ratio_floor_with_more_than_twelve_decimals_is_refused()
    {
        // 13 decimals: (target − floor) × denominator could otherwise round to 0 and be divided by.
        FrameworkProblems(FrameworkJson.With(Indicator("5", """{ "kind": "ratio", "floor": 0.0000000000001, "target": 1 }"""))).Should().Equal(
            new Problem(FrameworkJson.IndicatorPath(0) + ".method.floor", "0.0000000000001 has more than 12 decimals (FigureLimits.MaxDecimals)"));
    }

    [Fact]
    public void Huge_severity_weights_in_a_code_of_conduct_are_refused()
    {
        var json = $$"""
            { "format": "friendlygov.conduct/1", "id": "heavy", "version": "1", "title": { "vi": "a", "en": "a" },
              "severities": { "grave": {{Largest}} },
              "groups": [ { "id": "5K", "title": { "vi": "a", "en": "a" }, "rules": [ { "id": "5K.3", "text": { "vi": "a", "en": "a" }, "severity": "grave" } ] } ] }
            """;

        Invalid.Problems(() => ConductCodeReader.Read(Encoding.UTF8.GetBytes(json), "c.json")).Should().Equal(
            new Problem("$.severities.grave", $"{Largest} {Points}"));
    }

    [Theory]
    [InlineData("""{ "kind": "deduction", "perCount": 1 }""", """{ "count": 1000000000001 }""", "count", "1000000000001 " + Value)]
    [InlineData("""{ "kind": "bands", "bands": [ { "min": 0, "points": 5 } ] }""", """{ "value": -1000000000001 }""", "value", "-1000000000001 " + Value)]
    [InlineData("""{ "kind": "ratio", "floor": 0.5, "target": 1 }""", """{ "numerator": 0.00000000000000000001, "denominator": 0.00000000000000000001 }""", "numerator", "0.00000000000000000001 has more than 12 decimals (FigureLimits.MaxDecimals)")]
    public void Evidence_beyond_the_bounds_is_refused_with_its_place(string method, string evidence, string field, string message)
    {
        _temp.Write("f.json", FrameworkJson.With(Indicator("5", method)));
        var path = _temp.Write("e.json", EvidenceJson.With($$"""{ "G1.1.1": {{evidence}} }""", framework: "f.json"));

        // The ratio case breaks both numerator and denominator; the first is enough to name the place.
        Invalid.Lines(() => new FrameworkLoader().LoadEvidence(path)).Should().Contain($"{path}: $.indicators['G1.1.1'].{field}: {message}");
    }
}
