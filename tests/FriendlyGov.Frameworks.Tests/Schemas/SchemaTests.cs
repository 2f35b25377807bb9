using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FriendlyGov.Frameworks.Tests.Schemas;

/// <summary>
/// The JSON Schemas in <c>src/FriendlyGov.Frameworks/Schemas/</c>: they accept every framework,
/// fixture and evidence file of the repository, and reject the mistakes docs/formats.md names.
/// </summary>
public sealed partial class SchemaTests
{
    private const string FrameworkSchemaFile = "friendlygov.framework-1.schema.json";
    private const string EvidenceSchemaFile = "friendlygov.evidence-1.schema.json";
    private const string FixtureSchemaFile = "friendlygov.fixture-1.schema.json";
    private const string ConductSchemaFile = "friendlygov.conduct-1.schema.json";
    private const string SchemaBaseUri = "https://friendlygov.github.io/schemas/";

    private static readonly string[] SchemaFiles = [FrameworkSchemaFile, EvidenceSchemaFile, FixtureSchemaFile, ConductSchemaFile, DisclosuresSchemaFile, ResultSchemaFile, LineageSchemaFile];

    private static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    private static readonly Lazy<LoadedSchemas> Loaded = new(LoadedSchemas.Load);

    private const string MinimalFramework = """
        {
          "format": "friendlygov.framework/1",
          "id": "minimal",
          "version": "1",
          "title": { "vi": "Tối thiểu", "en": "Minimal" },
          "jurisdiction": "Test",
          "appliesTo": ["xa"],
          "period": "year",
          "ratings": [ { "code": "pass", "title": { "vi": "Đạt", "en": "Pass" }, "minPoints": 0 } ],
          "groups": [
            {
              "id": "G1",
              "title": { "vi": "Nhóm 1", "en": "Group 1" },
              "criteria": [
                {
                  "id": "G1.1",
                  "title": { "vi": "Tiêu chí 1.1", "en": "Criterion 1.1" },
                  "indicators": [
                    {
                      "id": "G1.1.1",
                      "title": { "vi": "Chỉ tiêu", "en": "Indicator" },
                      "maxPoints": 5,
                      "method": { "kind": "ratio", "floor": 0.5, "target": 0.95 }
                    }
                  ]
                }
              ]
            }
          ]
        }
        """;

    private const string MinimalEvidence = """
        {
          "format": "friendlygov.evidence/1",
          "framework": "minimal@1",
          "period": "2024",
          "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" }
        }
        """;

    private const string MinimalFixture = """
        {
          "format": "friendlygov.fixture/1",
          "framework": "minimal@1",
          "cases": [
            {
              "name": "no evidence",
              "evidence": { "period": "2024", "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" } },
              "expect": { "total": 0 }
            }
          ]
        }
        """;

    public static TheoryData<string> FrameworkFiles() =>
        FilesUnder(SearchOption.TopDirectoryOnly, "src/FriendlyGov.Frameworks/BuiltIn", "fixtures/frameworks");

    public static TheoryData<string> ConductFiles() =>
        FilesUnder(SearchOption.TopDirectoryOnly, "src/FriendlyGov.Frameworks/BuiltIn/Conduct", "fixtures/conduct");

    public static TheoryData<string> FixtureFiles() => FilesUnder(SearchOption.TopDirectoryOnly, "fixtures");

    public static TheoryData<string> EvidenceFiles() => FilesUnder(SearchOption.AllDirectories, "samples/evidence");

    public static TheoryData<string> SchemaFileNames() => new(SchemaFiles);

    [Theory]
    [MemberData(nameof(SchemaFileNames))]
    public void Schema_file_is_a_valid_draft_2020_12_schema_with_its_id(string fileName)
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", fileName);
        using var schema = JsonDocument.Parse(File.ReadAllText(path));

        Messages(MetaSchemas.Draft202012.Evaluate(schema.RootElement, ListOutput)).Should().BeEmpty();
        schema.RootElement.GetProperty("$id").GetString().Should().Be(SchemaBaseUri + fileName);
    }

    [Theory]
    [MemberData(nameof(SchemaFileNames))]
    public void Schema_file_is_embedded_in_the_frameworks_assembly(string fileName)
    {
        var assembly = Assembly.Load("FriendlyGov.Frameworks");
        using var stream = assembly.GetManifestResourceStream("FriendlyGov.Frameworks.Schemas." + fileName);

        stream.Should().NotBeNull();
        using var reader = new StreamReader(stream!);
        var embedded = reader.ReadToEnd();
        var onDisk = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", fileName));
        embedded.Should().Be(onDisk);
    }

    [Fact]
    public void There_are_framework_files_to_check() => FrameworkFiles().Should().NotBeEmpty();

    [Fact]
    public void There_are_conduct_code_files_to_check() => ConductFiles().Should().HaveCountGreaterThanOrEqualTo(2);

    [Theory]
    [MemberData(nameof(ConductFiles))]
    public void Conduct_code_file_matches_the_conduct_schema(string relativePath) =>
        ErrorsOfFile(Loaded.Value.Conduct, relativePath).Should().BeEmpty();

    [Fact]
    public void A_conduct_rule_with_an_unknown_severity_is_rejected() =>
        Errors(Loaded.Value.Conduct, """
            { "format": "friendlygov.conduct/1", "id": "c", "version": "1", "title": { "vi": "Mã", "en": "Code" },
              "groups": [ { "id": "G", "title": { "vi": "N", "en": "G" }, "rules": [ { "id": "R", "text": { "vi": "r", "en": "r" }, "severity": "mild" } ] } ] }
            """).Should().NotBeEmpty();

    [Fact]
    public void There_are_fixture_files_to_check() => FixtureFiles().Should().NotBeEmpty();

    [Fact]
    public void There_are_evidence_files_to_check() => EvidenceFiles().Should().NotBeEmpty();

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(FrameworkFiles))]
    public void Framework_file_matches_the_framework_schema(string relativePath) =>
        ErrorsOfFile(Loaded.Value.Framework, relativePath).Should().BeEmpty();

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(FixtureFiles))]
    public void Fixture_file_matches_the_fixture_schema(string relativePath) =>
        ErrorsOfFile(Loaded.Value.Fixture, relativePath).Should().BeEmpty();

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(EvidenceFiles))]
    public void Evidence_file_matches_the_evidence_schema(string relativePath) =>
        ErrorsOfFile(Loaded.Value.Evidence, relativePath).Should().BeEmpty();

    [Fact]
    public void A_minimal_framework_is_accepted() => Errors(Loaded.Value.Framework, MinimalFramework).Should().BeEmpty();

    [Fact]
    public void A_minimal_evidence_file_is_accepted() => Errors(Loaded.Value.Evidence, MinimalEvidence).Should().BeEmpty();

    [Fact]
    public void A_minimal_fixture_is_accepted() => Errors(Loaded.Value.Fixture, MinimalFixture).Should().BeEmpty();

    [Fact]
    public void A_framework_using_every_method_and_condition_is_accepted()
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        framework["decimals"] = 3;
        framework["description"] = Text("Mô tả", "Description");
        framework["conductCode"] = "vn-friendly-government-2024";
        var indicators = IndicatorsOf(framework);
        indicators.Add(Indicator("G1.1.2", """{ "kind": "check" }"""));
        indicators.Add(Indicator("G1.1.3", """{ "kind": "checklist", "items": [ { "id": "a", "points": 2 }, { "id": "b", "title": { "vi": "B", "en": "B" }, "points": 3 } ] }"""));
        indicators.Add(Indicator("G1.1.4", """{ "kind": "bands", "bands": [ { "min": 2, "points": 1 }, { "min": 5, "points": 5 } ] }"""));
        indicators.Add(Indicator("G1.1.5", """{ "kind": "deduction", "perCount": 0.75 }"""));
        indicators.Add(Indicator("G1.1.6", """{ "kind": "scale", "low": 1, "high": 5 }"""));
        indicators.Add(Indicator("G1.1.7", """{ "kind": "import", "scaleMax": 100 }"""));
        framework["bonus"] = new JsonArray(Indicator("B1", """{ "kind": "points" }"""));
        framework["caps"] = JsonNode.Parse("""
            [
              { "id": "C1", "title": { "vi": "Giới hạn 1", "en": "Cap 1" }, "when": { "groupShareBelow": 0.5 }, "maxRating": "pass" },
              { "id": "C2", "title": { "vi": "Giới hạn 2", "en": "Cap 2" }, "when": { "indicatorBelow": { "indicator": "G1.1.1", "points": 1 } }, "maxRating": "pass" }
            ]
            """);

        Errors(Loaded.Value.Framework, framework.ToJsonString()).Should().BeEmpty();
    }

    [Fact]
    public void Evidence_with_every_kind_of_field_is_accepted()
    {
        var evidence = JsonNode.Parse(MinimalEvidence)!;
        evidence["unit"]!["province"] = "Đồng Nai";
        evidence["indicators"] = JsonNode.Parse("""
            {
              "G1.1.1": { "value": 0.93 },
              "G1.1.2": { "met": true, "note": "biên bản kiểm tra" },
              "G1.1.3": { "items": [] },
              "G1.1.4": { "numerator": 93, "denominator": 100 },
              "G1.1.5": { "count": 0 },
              "G1.1.6": { "responses": [5, 4, 4] },
              "G1.1.7": { "average": 4.2, "count": 120 },
              "B1": { "points": 3.5, "note": "khen thưởng cấp tỉnh" }
            }
            """);
        evidence["appraised"] = JsonNode.Parse("""{ "G1.1.1": { "value": 0.9 } }""");

        Errors(Loaded.Value.Evidence, evidence.ToJsonString()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-H1")]
    [InlineData("2024-Q4")]
    [InlineData("2024-01")]
    [InlineData("2024-12")]
    public void Evidence_periods_of_every_form_are_accepted(string period)
    {
        var evidence = JsonNode.Parse(MinimalEvidence)!;
        evidence["period"] = period;

        Errors(Loaded.Value.Evidence, evidence.ToJsonString()).Should().BeEmpty();
    }

    [Fact]
    public void A_fixture_expecting_an_error_or_every_figure_is_accepted()
    {
        var fixture = JsonNode.Parse(MinimalFixture)!;
        fixture["description"] = "Both kinds of expectation";
        var cases = fixture["cases"]!.AsArray();
        cases.Add(JsonNode.Parse("""
            {
              "name": "bad ratio",
              "evidence": {
                "format": "friendlygov.evidence/1", "framework": "minimal@1", "period": "2024",
                "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" },
                "indicators": { "G1.1.1": { "value": 1.3 } }
              },
              "expect": { "error": "is outside [0, 1]" }
            }
            """));
        cases.Add(JsonNode.Parse("""
            {
              "name": "every figure",
              "evidence": { "period": "2024", "unit": { "code": "25996", "name": "Phường Tân Phong", "kind": "phuong" } },
              "expect": {
                "total": 15.00, "rating": "pass", "groups": { "G1": 15 }, "criteria": { "G1.1": 15 },
                "indicators": { "G1.1.1": 4.4 }, "bonus": 0, "caps": ["C1"], "missing": ["G1.1.1"]
              }
            }
            """));

        Errors(Loaded.Value.Fixture, fixture.ToJsonString()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ "kind": "feedback", "measure": "satisfiedShare", "aspect": "official" }""", true)]
    [InlineData("""{ "kind": "dossiers", "measure": "onTimeShare" }""", true)]
    [InlineData("""{ "kind": "dossiers", "measure": "lost" }""", false)]
    [InlineData("""{ "kind": "feedback", "measure": "satisfiedShare" }""", false)]
    [InlineData("""{ "kind": "dossiers", "measure": "onTimeShare", "aspect": "official" }""", false)]
    [InlineData("""{ "kind": "weather", "measure": "rain" }""", false)]
    public void An_indicator_source_is_checked_against_its_kinds_measures_and_aspects(string source, bool accepted)
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        IndicatorsOf(framework)[0]!["source"] = JsonNode.Parse(source);

        var errors = Errors(Loaded.Value.Framework, framework.ToJsonString());

        if (accepted) errors.Should().BeEmpty();
        else errors.Should().NotBeEmpty();
    }

    [Fact]
    public void A_framework_indicator_with_the_typo_maxPoint_is_rejected()
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        var indicator = IndicatorsOf(framework)[0]!.AsObject();
        indicator.Remove("maxPoints");
        indicator["maxPoint"] = 5;

        Errors(Loaded.Value.Framework, framework.ToJsonString())
            .Should().Contain(e => e.StartsWith("/groups/0/criteria/0/indicators/0/maxPoint ", StringComparison.Ordinal))
            .And.Contain(e => e.StartsWith("/groups/0/criteria/0/indicators/0 ", StringComparison.Ordinal), "maxPoints is then missing");
    }

    [Fact]
    public void A_ratio_method_with_items_is_rejected()
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        IndicatorsOf(framework)[0]!["method"] = JsonNode.Parse("""
            { "kind": "ratio", "floor": 0.5, "target": 0.95, "items": [ { "id": "a", "points": 5 } ] }
            """);

        Errors(Loaded.Value.Framework, framework.ToJsonString())
            .Should().Contain(e => e.StartsWith("/groups/0/criteria/0/indicators/0/method/items ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "kind": "check", "floor": 0.5 }""")]
    [InlineData("""{ "kind": "ratio", "floor": 0.5 }""")]
    [InlineData("""{ "kind": "ratio", "floor": -0.1, "target": 0.9 }""")]
    [InlineData("""{ "kind": "ratio", "floor": 0.1, "target": 1.1 }""")]
    [InlineData("""{ "kind": "checklist", "items": [] }""")]
    [InlineData("""{ "kind": "checklist", "items": [ { "id": "a", "points": 0 } ] }""")]
    [InlineData("""{ "kind": "bands", "bands": [ { "min": 1, "points": -1 } ] }""")]
    [InlineData("""{ "kind": "deduction", "perCount": 0 }""")]
    [InlineData("""{ "kind": "scale", "low": 1, "high": 4.5 }""")]
    [InlineData("""{ "kind": "import", "scaleMax": 0 }""")]
    [InlineData("""{ "kind": "points", "scaleMax": 10 }""")]
    [InlineData("""{ "kind": "survey" }""")]
    [InlineData("""{ "floor": 0.5, "target": 0.9 }""")]
    public void A_method_with_wrong_fields_for_its_kind_is_rejected(string method)
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        IndicatorsOf(framework)[0]!["method"] = JsonNode.Parse(method);

        Errors(Loaded.Value.Framework, framework.ToJsonString())
            .Should().Contain(e => e.StartsWith("/groups/0/criteria/0/indicators/0/method", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cap_condition_with_two_conditions_is_rejected()
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        framework["caps"] = JsonNode.Parse("""
            [
              {
                "id": "C1",
                "title": { "vi": "Giới hạn", "en": "Cap" },
                "when": { "groupShareBelow": 0.5, "indicatorBelow": { "indicator": "G1.1.1", "points": 1 } },
                "maxRating": "pass"
              }
            ]
            """);

        Errors(Loaded.Value.Framework, framework.ToJsonString())
            .Should().Contain(e => e.StartsWith("/caps/0/when ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "groupShareBelow": 0 }""")]
    [InlineData("""{ "groupShareBelow": 1.5 }""")]
    [InlineData("""{ "indicatorBelow": { "indicator": "G1.1.1" } }""")]
    [InlineData("""{ "conductBreaches": 1 }""")]
    public void A_cap_condition_that_is_not_exactly_one_valid_condition_is_rejected(string condition)
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        framework["caps"] = new JsonArray(new JsonObject
        {
            ["id"] = "C1",
            ["title"] = Text("Giới hạn", "Cap"),
            ["when"] = JsonNode.Parse(condition),
            ["maxRating"] = "pass",
        });

        Errors(Loaded.Value.Framework, framework.ToJsonString())
            .Should().Contain(e => e.StartsWith("/caps/0/when", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("format", "\"friendlygov.framework/2\"")]
    [InlineData("id", "\"Dong Nai\"")]
    [InlineData("version", "\"2024 1\"")]
    [InlineData("appliesTo", "[]")]
    [InlineData("appliesTo", "[\"xa\", \"xa\"]")]
    [InlineData("appliesTo", "[\"huyen\"]")]
    [InlineData("period", "\"week\"")]
    [InlineData("decimals", "7")]
    [InlineData("decimals", "1.5")]
    [InlineData("title", "{ \"vi\": \"Tối thiểu\" }")]
    [InlineData("title", "{ \"vi\": \"\", \"en\": \"Minimal\" }")]
    [InlineData("title", "{ \"vi\": \"Tối thiểu\", \"en\": \"Minimal\", \"fr\": \"Minimal\" }")]
    [InlineData("ratings", "[]")]
    [InlineData("groups", "[]")]
    [InlineData("maxPoints", "100")]
    public void A_framework_with_a_wrong_top_level_field_is_rejected(string field, string json)
    {
        var framework = JsonNode.Parse(MinimalFramework)!;
        framework[field] = JsonNode.Parse(json);

        Errors(Loaded.Value.Framework, framework.ToJsonString()).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-5")]
    [InlineData("2024-H3")]
    [InlineData("2024-Q5")]
    [InlineData("24")]
    public void An_evidence_period_of_no_known_form_is_rejected(string period)
    {
        var evidence = JsonNode.Parse(MinimalEvidence)!;
        evidence["period"] = period;

        Errors(Loaded.Value.Evidence, evidence.ToJsonString())
            .Should().Contain(e => e.StartsWith("/period ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2599")]
    [InlineData("259960")]
    [InlineData("2599a")]
    public void A_unit_code_that_is_not_five_digits_is_rejected(string code)
    {
        var evidence = JsonNode.Parse(MinimalEvidence)!;
        evidence["unit"]!["code"] = code;

        Errors(Loaded.Value.Evidence, evidence.ToJsonString())
            .Should().Contain(e => e.StartsWith("/unit/code ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "value": "0.93" }""")]
    [InlineData("""{ "met": "yes" }""")]
    [InlineData("""{ "count": -1 }""")]
    [InlineData("""{ "count": 1.5 }""")]
    [InlineData("""{ "responses": [] }""")]
    [InlineData("""{ "responses": [4.5] }""")]
    [InlineData("""{ "items": ["a", "a"] }""")]
    [InlineData("""{ "denominator": 0 }""")]
    [InlineData("""{ "points": -1 }""")]
    [InlineData("""{ "vaule": 0.93 }""")]
    public void Evidence_with_a_wrong_field_is_rejected(string entry)
    {
        var evidence = JsonNode.Parse(MinimalEvidence)!;
        evidence["appraised"] = new JsonObject { ["G1.1.1"] = JsonNode.Parse(entry) };

        Errors(Loaded.Value.Evidence, evidence.ToJsonString())
            .Should().Contain(e => e.StartsWith("/appraised/G1.1.1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("format")]
    [InlineData("framework")]
    public void An_evidence_file_without_format_or_framework_is_rejected(string field)
    {
        var evidence = JsonNode.Parse(MinimalEvidence)!;
        evidence.AsObject().Remove(field);

        Errors(Loaded.Value.Evidence, evidence.ToJsonString()).Should().NotBeEmpty();
    }

    [Fact]
    public void A_fixture_expect_mixing_error_and_total_is_rejected()
    {
        var fixture = JsonNode.Parse(MinimalFixture)!;
        fixture["cases"]![0]!["expect"] = JsonNode.Parse("""{ "error": "is outside", "total": 0 }""");

        Errors(Loaded.Value.Fixture, fixture.ToJsonString())
            .Should().Contain(e => e.StartsWith("/cases/0/expect", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "total": "15" }""")]
    [InlineData("""{ "groups": { "G1": "15" } }""")]
    [InlineData("""{ "caps": "C1" }""")]
    [InlineData("""{ "totals": 15 }""")]
    [InlineData("""{ "error": "" }""")]
    public void A_fixture_expect_with_a_wrong_figure_is_rejected(string expect)
    {
        var fixture = JsonNode.Parse(MinimalFixture)!;
        fixture["cases"]![0]!["expect"] = JsonNode.Parse(expect);

        Errors(Loaded.Value.Fixture, fixture.ToJsonString())
            .Should().Contain(e => e.StartsWith("/cases/0/expect", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fixture_case_evidence_is_checked_by_the_evidence_schema()
    {
        var fixture = JsonNode.Parse(MinimalFixture)!;
        fixture["cases"]![0]!["evidence"]!["unit"]!["code"] = "2599";

        Errors(Loaded.Value.Fixture, fixture.ToJsonString())
            .Should().Contain(e => e.StartsWith("/cases/0/evidence/unit/code ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fixture_case_expecting_an_error_may_carry_evidence_that_breaks_the_evidence_format()
    {
        var fixture = JsonNode.Parse(MinimalFixture)!;
        var @case = fixture["cases"]![0]!;
        @case["evidence"]!["period"] = "2024-13";
        @case["evidence"]!["indicators"] = JsonNode.Parse("""{ "G1.1.1": { "count": -1, "vaule": 1 } }""");
        @case["expect"] = JsonNode.Parse("""{ "error": "is not a" }""");

        Errors(Loaded.Value.Fixture, fixture.ToJsonString()).Should().BeEmpty();
    }

    [Fact]
    public void A_fixture_without_cases_is_rejected()
    {
        var fixture = JsonNode.Parse(MinimalFixture)!;
        fixture["cases"] = new JsonArray();

        Errors(Loaded.Value.Fixture, fixture.ToJsonString()).Should().NotBeEmpty();
    }

    private static TheoryData<string> FilesUnder(SearchOption option, params string[] folders)
    {
        var data = new TheoryData<string>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(RepositoryRoot.Path, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path, "*.json", option).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    private static List<string> ErrorsOfFile(JsonSchema schema, string relativePath) =>
        Errors(schema, File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath)));

    /// <summary>Every error as "instance location (schema evaluation path) keyword: message".</summary>
    private static List<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Messages(schema.Evaluate(document.RootElement, ListOutput));
    }

    private static List<string> Messages(EvaluationResults results)
    {
        if (results.IsValid) return [];
        var messages = new List<string>();
        foreach (var node in (IEnumerable<EvaluationResults>?)results.Details ?? [results])
        {
            if (node.Errors is null) continue;
            foreach (var (keyword, message) in node.Errors)
            {
                var at = keyword.Length == 0 ? string.Empty : " " + keyword;
                messages.Add($"{node.InstanceLocation} ({node.EvaluationPath}){at}: {message}");
            }
        }

        if (messages.Count == 0) messages.Add($"{results.InstanceLocation} ({results.EvaluationPath}): invalid");
        return messages;
    }

    private static JsonArray IndicatorsOf(JsonNode framework) =>
        framework["groups"]![0]!["criteria"]![0]!["indicators"]!.AsArray();

    private static JsonObject Text(string vi, string en) => new() { ["vi"] = vi, ["en"] = en };

    private static JsonObject Indicator(string id, string method) => new()
    {
        ["id"] = id,
        ["title"] = Text("Chỉ tiêu " + id, "Indicator " + id),
        ["maxPoints"] = 5,
        ["method"] = JsonNode.Parse(method),
    };

    /// <summary>The three schemas, built once into their own registry so that $refs between them resolve.</summary>
    private sealed class LoadedSchemas
    {
        private LoadedSchemas(JsonSchema framework, JsonSchema evidence, JsonSchema fixture, JsonSchema conduct)
        {
            Framework = framework;
            Evidence = evidence;
            Fixture = fixture;
            Conduct = conduct;
        }

        public JsonSchema Conduct { get; }

        public JsonSchema Framework { get; }

        public JsonSchema Evidence { get; }

        public JsonSchema Fixture { get; }

        public static LoadedSchemas Load()
        {
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };

            // The evidence schema first: building registers it, and the fixture schema's $ref needs it.
            var evidence = Build(EvidenceSchemaFile, options);
            var framework = Build(FrameworkSchemaFile, options);
            var fixture = Build(FixtureSchemaFile, options);
            var conduct = Build(ConductSchemaFile, options);
            return new LoadedSchemas(framework, evidence, fixture, conduct);
        }

        private static JsonSchema Build(string fileName, BuildOptions options) =>
            JsonSchema.FromText(
                File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", fileName)),
                options,
                new Uri(SchemaBaseUri + fileName));
    }
}
