using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>
/// <see cref="FrameworkLoader"/>: resolves an evidence file's framework (built in, or a file relative
/// to the evidence file) and checks the evidence against it, naming the JSON path of every problem.
/// </summary>
public sealed class FrameworkLoaderTests : IDisposable
{
    private const string BuiltInList = "dongnai-dan-van-kheo-waste@2024.1, dongnai-friendly-government@2024.1, dongnai-friendly-government@2025.1, vn-service-index@2022.1";

    private readonly TempDirectory _temp = new();
    private readonly FrameworkLoader _loader;

    // The test's folder is the root: its files' references may reach anywhere inside it.
    public FrameworkLoaderTests() => _loader = new FrameworkLoader(JsonLimits.Default, _temp.Path);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Loads_evidence_for_a_built_in_framework()
    {
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.2.1": { "value": 0.9 } }"""));

        var loaded = _loader.LoadEvidence(path);

        loaded.Document.Should().Be(path);
        loaded.Framework.Should().BeSameAs(BuiltInFrameworks.DongNai2024);
        loaded.Evidence.SelfAssessed["G1.2.1"].Value.Should().Be(0.9m);
    }

    [Fact]
    public void A_ratio_above_1_names_the_indicator_and_field()
    {
        // G1.2.1 is a ratio (floor 0.3, target 0.8) in the 2024 framework.
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.2.1": { "value": 1.3 } }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.indicators['G1.2.1'].value: 1.3 is outside [0, 1]");
    }

    [Fact]
    public void Appraised_evidence_is_checked_under_its_own_path()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(extra: """, "appraised": { "G1.2.1": { "value": 1.3 } }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.appraised['G1.2.1'].value: 1.3 is outside [0, 1]");
    }

    [Fact]
    public void An_import_index_above_its_scale_is_out_of_range()
    {
        // G1.2.2 is an import on a scale of 100.
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.2.2": { "value": 120 } }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.indicators['G1.2.2'].value: 120 is outside [0, 100]");
    }

    [Fact]
    public void A_field_the_method_does_not_use_is_an_error()
    {
        // G1.1.2 is a check: it reads 'met' only.
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.1.2": { "met": true, "value": 1 } }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.indicators['G1.1.2'].value: 'value' is not used by method 'check'; it reads 'met'");
    }

    [Fact]
    public void An_unknown_indicator_names_the_framework()
    {
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G9.9.9": { "met": true } }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.indicators['G9.9.9']: 'G9.9.9' is not an indicator of dongnai-friendly-government@2024.1");
    }

    [Fact]
    public void A_period_of_the_wrong_kind_says_which_kind_is_expected()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(period: "2024-Q2"));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.period: '2024-Q2' is not a year period: dongnai-friendly-government@2024.1 scores years, written like '2024'");
    }

    [Fact]
    public void A_unit_kind_the_framework_does_not_apply_to_is_refused()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(unit: """{ "code": "26732", "name": "Đặc khu Côn Đảo", "kind": "dac-khu" }"""));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.unit.kind: 'dac-khu' is not among the kinds the framework applies to: xa, phuong, thi-tran");
    }

    [Fact]
    public void A_bad_unit_code_is_refused()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(unit: """{ "code": "A5996", "name": "Phường Tân Phong", "kind": "phuong" }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.unit.code: 'A5996' is not a unit code: the official code has five digits, such as 25996");
    }

    [Fact]
    public void Every_problem_against_the_framework_is_reported_at_once()
    {
        var json = EvidenceJson.With(
            """{ "G1.2.1": { "value": 1.3 }, "G9.9.9": { "met": true } }""",
            period: "2024-05",
            unit: """{ "code": "26732", "name": "Đặc khu Côn Đảo", "kind": "dac-khu" }""");
        var path = _temp.Write("e.json", json);

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.period: '2024-05' is not a year period: dongnai-friendly-government@2024.1 scores years, written like '2024'",
            $"{path}: $.unit.kind: 'dac-khu' is not among the kinds the framework applies to: xa, phuong, thi-tran",
            $"{path}: $.indicators['G1.2.1'].value: 1.3 is outside [0, 1]",
            $"{path}: $.indicators['G9.9.9']: 'G9.9.9' is not an indicator of dongnai-friendly-government@2024.1");
    }

    [Fact]
    public void Shape_problems_and_problems_against_the_framework_are_reported_together()
    {
        // docs/formats.md: "all problems of a file are reported at once". The unit code is a shape
        // problem (found by reading), the ratio of 1.3 a problem against the framework.
        var json = EvidenceJson.With(
            """{ "G1.2.1": { "value": 1.3 } }""",
            unit: """{ "code": "2599", "name": "Phường Tân Phong", "kind": "phuong" }""");
        var path = _temp.Write("e.json", json);

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.unit.code: '2599' is not a unit code: the official code has five digits, such as 25996",
            $"{path}: $.indicators['G1.2.1'].value: 1.3 is outside [0, 1]");
    }

    [Fact]
    public void A_framework_that_looks_built_in_but_is_not_lists_the_built_in_ones()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(framework: "dongnai-friendly-government@2023.1"));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.framework: 'dongnai-friendly-government@2023.1' is not a built-in framework (they are {BuiltInList}) nor a framework file");
    }

    [Fact]
    public void A_framework_file_that_does_not_exist_says_where_it_was_looked_for()
    {
        var path = _temp.Write("units/e.json", EvidenceJson.With(framework: "frameworks/missing.json"));
        var lookedFor = Path.Combine(_temp.Path, "units", "frameworks/missing.json");

        ProblemsOf(path).Should().Equal(
            $"{path}: $.framework: 'frameworks/missing.json' is neither a built-in framework nor an existing framework file (looked for {lookedFor})");
    }

    [Fact]
    public void A_relative_framework_path_is_relative_to_the_evidence_file_not_the_current_directory()
    {
        _temp.Write("frameworks/tiny.json", FrameworkJson.With());
        var path = _temp.Write("units/2024/e.json", EvidenceJson.With("""{ "G1.1.1": { "value": 0.75 } }""", framework: "../../frameworks/tiny.json"));
        Directory.GetCurrentDirectory().Should().NotStartWith(_temp.Path);

        var loaded = _loader.LoadEvidence(path);

        loaded.Framework.Id.ToString().Should().Be("tiny@1");
    }

    [Fact]
    public void Evidence_is_checked_against_its_framework_file()
    {
        // tiny@1 has G1.1.1 only, a ratio.
        _temp.Write("tiny.json", FrameworkJson.With());
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.1.1": { "value": 1.5 }, "G1.2.1": { "value": 0.5 } }""", framework: "tiny.json"));

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.indicators['G1.1.1'].value: 1.5 is outside [0, 1]",
            $"{path}: $.indicators['G1.2.1']: 'G1.2.1' is not an indicator of tiny@1");
    }

    [Fact]
    public void A_given_framework_overrides_the_one_the_file_names()
    {
        // The file names a framework that does not exist; G4.1.1 is a ratio in 2024 but the
        // PAR index (import on 100) in 2025, so 80 only fits the 2025 framework.
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G4.1.1": { "value": 80 } }""", framework: "nosuch@1", unit: """{ "code": "26089", "name": "Xã Bình Lộc", "kind": "xa" }"""));

        var loaded = _loader.LoadEvidence(path, BuiltInFrameworks.DongNai2025);

        loaded.Framework.Should().BeSameAs(BuiltInFrameworks.DongNai2025);
    }

    [Fact]
    public void Evidence_is_checked_against_the_overriding_framework()
    {
        // The 2025 framework applies to xa, phuong and dac-khu: no townships after 1 July 2025.
        var path = _temp.Write("e.json", EvidenceJson.With(unit: """{ "code": "26116", "name": "Thị trấn Tân Phú", "kind": "thi-tran" }"""));

        var load = () => _loader.LoadEvidence(path, BuiltInFrameworks.DongNai2025);

        load.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            $"{path}: $.unit.kind: 'thi-tran' is not among the kinds the framework applies to: xa, phuong, dac-khu");
    }

    [Fact]
    public void Resolve_finds_built_in_frameworks_by_name()
    {
        _loader.Resolve("dongnai-friendly-government@2025.1").Should().BeSameAs(BuiltInFrameworks.DongNai2025);
    }

    [Fact]
    public void Resolve_reads_a_framework_file_once()
    {
        var path = _temp.Write("tiny.json", FrameworkJson.With());

        var first = _loader.Resolve(path);
        var second = _loader.LoadFramework(path);

        first.Id.ToString().Should().Be("tiny@1");
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void An_invalid_framework_file_named_by_evidence_reports_the_framework_file()
    {
        var framework = _temp.Write("bad-framework.json", FrameworkJson.With(extra: """, "decimals": 9"""));
        var path = _temp.Write("e.json", EvidenceJson.With(framework: "bad-framework.json"));

        ProblemsOf(path).Should().Equal($"{framework}: $.decimals: 9 is outside [0, 6]");
    }

    [Fact]
    public void A_missing_evidence_file_is_a_problem_not_a_crash()
    {
        var path = Path.Combine(_temp.Path, "nowhere.json");

        ProblemsOf(path).Should().Equal($"{path}: the file does not exist");
    }

    [Fact]
    public void A_conduct_indicator_takes_no_evidence()
    {
        // G5.3.1 is a conduct indicator in the 2024 framework.
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G5.3.1": { "count": 0 } }"""));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.indicators['G5.3.1']: 'G5.3.1' takes no evidence: method 'conduct' derives its points from the unit's conduct observations");
    }

    [Fact]
    public void An_observation_must_name_a_rule_of_the_code_and_fall_in_the_period()
    {
        var conduct = """
            , "conduct": [
                { "rule": "6K.1", "official": "CB-017", "role": "staff", "status": "confirmed", "on": "2024-05-02" },
                { "rule": "5K.3", "official": "CB-001", "role": "head", "status": "confirmed", "on": "2023-12-31" }
              ]
            """;
        var path = _temp.Write("e.json", EvidenceJson.With(extra: conduct));

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.conduct[0].rule: '6K.1' is not a rule of the code of conduct vn-friendly-government-2024",
            $"{path}: $.conduct[1].on: 2023-12-31 is outside the period 2024 (2024-01-01 to 2024-12-31)");
    }

    private List<string> ProblemsOf(string path)
    {
        var load = () => _loader.LoadEvidence(path);
        return load.Should().Throw<InvalidInputException>().Which.Lines.ToList();
    }
}
