using System.Text;
using FriendlyGov.Frameworks.Tests.Results;
using Json.Schema;

namespace FriendlyGov.Frameworks.Tests.Schemas;

/// <summary>The result bundle's schema accepts the bundles FriendlyGov writes and rejects what the reader rejects.</summary>
public sealed partial class SchemaTests
{
    private const string ResultSchemaFile = "friendlygov.result-1.schema.json";

    private static readonly Lazy<JsonSchema> ResultSchema = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        foreach (var file in new[] { EvidenceSchemaFile, FrameworkSchemaFile, ConductSchemaFile })
            JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", file)), options, new Uri(SchemaBaseUri + file));
        return JsonSchema.FromText(
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "FriendlyGov.Frameworks", "Schemas", ResultSchemaFile)),
            options,
            new Uri(SchemaBaseUri + ResultSchemaFile));
    });

    [Fact]
    public void A_signed_result_bundle_of_the_sample_units_matches_the_result_schema()
    {
        using var key = ProvinceKey.Generate();
        var bundle = Encoding.UTF8.GetString(ResultBundleWriter.WriteSigned(SampleResults.Bundle(), key));

        Errors(ResultSchema.Value, bundle).Should().BeEmpty();
    }

    [Fact]
    public void A_result_bundle_with_a_short_hash_is_rejected()
    {
        var bundle = Encoding.UTF8.GetString(ResultBundleWriter.Write(SampleResults.Bundle()));
        var hash = bundle.IndexOf("\"frameworkSha256\": \"", StringComparison.Ordinal) + "\"frameworkSha256\": \"".Length;

        Errors(ResultSchema.Value, bundle[..hash] + bundle[(hash + 1)..]).Should().NotBeEmpty();
    }
}
