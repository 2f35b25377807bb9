using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Methods;
using Json.Schema;

namespace FriendlyGov.Frameworks.Tests.Methods;

/// <summary>
/// Each scoring method is defined once (<see cref="MethodDefinition"/>): the reader, the writer and
/// the schema know it only through its definition, so a method added by one file
/// (<see cref="ThresholdMethod"/>) reads, writes and validates with nothing else changed.
/// </summary>
public sealed class MethodCatalogTests
{
    private static readonly MethodCatalog WithThreshold = MethodCatalog.BuiltIn.With(new ThresholdMethod.Definition());

    private static string Framework(string method) => $$"""
        {
          "format": "friendlygov.framework/1",
          "id": "threshold-test",
          "version": "1",
          "title": { "vi": "Thử ngưỡng", "en": "Threshold test" },
          "jurisdiction": "Test",
          "appliesTo": ["xa"],
          "period": "year",
          "decimals": 2,
          "ratings": [ { "code": "pass", "title": { "vi": "Đạt", "en": "Pass" }, "minPoints": 0 } ],
          "groups": [ { "id": "G1", "title": { "vi": "Nhóm 1", "en": "Group 1" }, "criteria": [ { "id": "G1.1",
            "title": { "vi": "Tiêu chí", "en": "Criterion" }, "indicators": [ { "id": "G1.1.1",
              "title": { "vi": "Chỉ tiêu", "en": "Indicator" }, "maxPoints": 5, "method": {{method}} } ] } ] } ]
        }
        """;

    [Fact]
    public void A_method_added_by_one_definition_round_trips_through_the_reader_and_the_writer()
    {
        var read = FrameworkReader.Read(Encoding.UTF8.GetBytes(Framework("""{ "kind": "threshold", "at": 0.8 }""")), "threshold.json", methods: WithThreshold);

        read.Groups[0].Criteria[0].Indicators[0].Method.Should().BeOfType<ThresholdMethod>().Which.At.Should().Be(0.8m);
        var written = FrameworkWriter.Write(read, WithThreshold);
        var method = JsonNode.Parse(written)!["groups"]![0]!["criteria"]![0]!["indicators"]![0]!["method"]!;
        method.ToJsonString().Should().Be("""{"kind":"threshold","at":0.8}""");
        FrameworkWriter.Write(FrameworkReader.Read(written, "written.json", methods: WithThreshold), WithThreshold).Should().Equal(written);
    }

    [Fact]
    public void A_method_added_by_one_definition_is_valid_in_its_catalogs_schema_and_only_there()
    {
        var document = JsonDocument.Parse(Framework("""{ "kind": "threshold", "at": 0.8 }""")).RootElement;
        var wrongField = JsonDocument.Parse(Framework("""{ "kind": "threshold", "at": 0.8, "floor": 0.5 }""")).RootElement;

        Evaluate(WithThreshold.FrameworkSchema(), document).IsValid.Should().BeTrue();
        Evaluate(WithThreshold.FrameworkSchema(), wrongField).IsValid.Should().BeFalse("the fragment allows no other field");
        Evaluate(MethodCatalog.BuiltIn.FrameworkSchema(), document).IsValid.Should().BeFalse("the published schema knows the built-in kinds only");
    }

    [Fact]
    public void A_kind_outside_the_catalog_is_refused_naming_the_catalogs_kinds()
    {
        var bytes = Encoding.UTF8.GetBytes(Framework("""{ "kind": "threshold", "at": 0.8 }"""));

        var refused = () => FrameworkReader.Read(bytes, "threshold.json");

        refused.Should().Throw<InvalidInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "$.groups[0].criteria[0].indicators[0].method.kind: 'threshold' is not a method kind; the kinds are check, checklist, ratio, bands, deduction, scale, import, points, conduct");
    }

    [Fact]
    public void A_missing_field_of_an_added_method_is_named_by_its_path()
    {
        var bytes = Encoding.UTF8.GetBytes(Framework("""{ "kind": "threshold", "at": 1.5 }"""));

        var refused = () => FrameworkReader.Read(bytes, "threshold.json", methods: WithThreshold);

        refused.Should().Throw<InvalidInputException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "$.groups[0].criteria[0].indicators[0].method.at: 1.5 is outside [0, 1]");
    }

    [Fact]
    public void The_published_framework_schema_is_what_the_built_in_definitions_make()
    {
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", "friendlygov.framework-1.schema.json")));

        JsonNode.DeepEquals(MethodCatalog.BuiltIn.FrameworkSchema(), published).Should().BeTrue(
            "each built-in method's fragment in the schema file is the one its definition gives; paste the definition's SchemaFragment into $defs after changing it");
    }

    [Fact]
    public void A_catalog_refuses_a_second_definition_of_a_kind()
    {
        var again = () => WithThreshold.With(new ThresholdMethod.Definition());

        again.Should().Throw<ArgumentException>().WithMessage("Method kind 'threshold' is already defined.*");
        MethodCatalog.BuiltIn.Kinds.Should().NotContain("threshold", "adding gives a new catalog");
    }

    [Fact]
    public void Writing_a_method_without_a_definition_names_the_method()
    {
        var framework = FrameworkReader.Read(Encoding.UTF8.GetBytes(Framework("""{ "kind": "threshold", "at": 0.8 }""")), "threshold.json", methods: WithThreshold);

        var write = () => FrameworkWriter.Write(framework);

        write.Should().Throw<NotSupportedException>().WithMessage("No JSON form is defined for method 'threshold'*");
    }

    private static EvaluationResults Evaluate(JsonObject schema, JsonElement document)
    {
        // A registry of its own, since the generated schema keeps the published schema's $id.
        var built = JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return built.Evaluate(document);
    }
}
