using Json.Schema;

namespace FriendlyGov.Frameworks.Tests.Schemas;

/// <summary>The lineage schema accepts the documented example and rejects what the reader rejects.</summary>
public sealed partial class SchemaTests
{
    private const string LineageSchemaFile = "friendlygov.lineage-1.schema.json";

    private static readonly Lazy<JsonSchema> LineageSchema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", LineageSchemaFile)),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() },
        new Uri(SchemaBaseUri + LineageSchemaFile)));

    [Fact]
    public void A_lineage_document_is_accepted() =>
        Errors(LineageSchema.Value, """
            { "format": "friendlygov.lineage/1", "source": "illustrative",
              "links": [ { "from": { "code": "26041", "name": "Phường Quyết Thắng", "province": "Đồng Nai" },
                           "to": { "code": "26041", "name": "Phường Trấn Biên", "province": "Đồng Nai" }, "basis": "" } ] }
            """).Should().BeEmpty();

    [Theory]
    [InlineData("""{ "code": "2604", "name": "Phường Quyết Thắng", "province": "Đồng Nai" }""")]
    [InlineData("""{ "code": "26041", "province": "Đồng Nai" }""")]
    [InlineData("""{ "code": "26041", "name": "Phường Quyết Thắng", "province": "Đồng Nai", "district": "Biên Hòa" }""")]
    public void A_lineage_link_with_a_bad_unit_is_rejected(string from) =>
        Errors(LineageSchema.Value, $$"""
            { "format": "friendlygov.lineage/1",
              "links": [ { "from": {{from}}, "to": { "code": "26041", "name": "Phường Trấn Biên", "province": "Đồng Nai" } } ] }
            """).Should().NotBeEmpty();

    [Fact]
    public void A_lineage_document_without_links_is_rejected() =>
        Errors(LineageSchema.Value, """{ "format": "friendlygov.lineage/1", "links": [] }""").Should().NotBeEmpty();
}
