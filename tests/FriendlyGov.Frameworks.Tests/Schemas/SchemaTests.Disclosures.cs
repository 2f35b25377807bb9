using Json.Schema;

namespace FriendlyGov.Frameworks.Tests.Schemas;

/// <summary>The disclosure catalogue's schema accepts the built-in catalogue and rejects what the reader rejects.</summary>
public sealed partial class SchemaTests
{
    private const string DisclosuresSchemaFile = "friendlygov.disclosures-1.schema.json";

    private static readonly Lazy<JsonSchema> DisclosuresSchema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", DisclosuresSchemaFile)),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() },
        new Uri(SchemaBaseUri + DisclosuresSchemaFile)));

    public static TheoryData<string> DisclosureCatalogueFiles() =>
        FilesUnder(SearchOption.TopDirectoryOnly, "src/FriendlyGov.Frameworks/BuiltIn/Disclosures");

    [Theory]
    [MemberData(nameof(DisclosureCatalogueFiles))]
    public void Disclosure_catalogue_file_matches_the_disclosures_schema(string relativePath) =>
        ErrorsOfFile(DisclosuresSchema.Value, relativePath).Should().BeEmpty();

    [Theory]
    [InlineData("""{ "kind": "days-after", "days": -1 }""")]
    [InlineData("""{ "kind": "yearly", "month": 13, "day": 1 }""")]
    [InlineData("""{ "kind": "yearly", "month": 1 }""")]
    [InlineData("""{ "kind": "monthly", "day": 5 }""")]
    public void A_disclosure_item_with_a_bad_deadline_is_rejected(string deadline) =>
        Errors(DisclosuresSchema.Value, $$"""
            { "format": "friendlygov.disclosures/1", "id": "c", "version": "1", "title": { "vi": "D", "en": "C" },
              "items": [ { "id": "a", "title": { "vi": "a", "en": "a" }, "basis": "Art. 11", "deadline": {{deadline}}, "minPostingDays": 30 } ] }
            """).Should().NotBeEmpty();

    [Fact]
    public void A_disclosure_item_without_posting_days_is_rejected() =>
        Errors(DisclosuresSchema.Value, """
            { "format": "friendlygov.disclosures/1", "id": "c", "version": "1", "title": { "vi": "D", "en": "C" },
              "items": [ { "id": "a", "title": { "vi": "a", "en": "a" }, "basis": "Art. 11", "deadline": { "kind": "yearly", "month": 1, "day": 31 } } ] }
            """).Should().NotBeEmpty();
}
