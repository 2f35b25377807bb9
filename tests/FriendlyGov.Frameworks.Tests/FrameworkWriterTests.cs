using System.Text;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>
/// <see cref="FrameworkWriter"/>: what it writes reads back as the same framework, and writing that
/// again gives the same bytes.
/// </summary>
public sealed class FrameworkWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Frameworks => new()
    {
        "dongnai-friendly-government@2024.1",
        "dongnai-friendly-government@2025.1",
        "dongnai-dan-van-kheo-waste@2024.1",
        "vn-service-index@2022.1",
        "fixtures/frameworks/all-methods.json",
    };

    [Theory, MemberData(nameof(Frameworks))]
    public void Written_framework_reads_back_and_writes_the_same_bytes(string reference)
    {
        var original = Load(reference);

        var written = FrameworkWriter.Write(original);
        var readBack = FrameworkReader.Read(written, "written.json");
        var rewritten = FrameworkWriter.Write(readBack);

        rewritten.Should().Equal(written);
        readBack.Id.Should().Be(original.Id);
        readBack.Title.Should().Be(original.Title);
        readBack.Description.Should().Be(original.Description);
        readBack.Jurisdiction.Should().Be(original.Jurisdiction);
        readBack.AppliesTo.Should().Equal(original.AppliesTo);
        readBack.Period.Should().Be(original.Period);
        readBack.Decimals.Should().Be(original.Decimals);
        readBack.Ratings.Should().Equal(original.Ratings);
        readBack.MaxPoints.Should().Be(original.MaxPoints);
        readBack.BonusMaxPoints.Should().Be(original.BonusMaxPoints);
        readBack.Indicators.Concat(readBack.Bonus).Select(Describe)
            .Should().Equal(original.Indicators.Concat(original.Bonus).Select(Describe));
        readBack.Caps.Select(c => (c.Id, c.Title, c.When.Describe(), c.MaxRating))
            .Should().Equal(original.Caps.Select(c => (c.Id, c.Title, c.When.Describe(), c.MaxRating)));
    }

    [Fact]
    public void Writes_vietnamese_text_unescaped()
    {
        var json = Encoding.UTF8.GetString(FrameworkWriter.Write(BuiltInFrameworks.DongNai2024));

        json.Should().Contain("\"jurisdiction\": \"Đồng Nai\"");
        json.Should().Contain("Buổi sáng với nhân dân");
        json.Should().NotContain("\\u");
    }

    [Fact]
    public void Writes_figures_without_trailing_zeros()
    {
        // 5.0 and 0.50 are 5 and 0.5; decimals, left out, is written as its default 2.
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoints": 5.0, "method": { "kind": "ratio", "floor": 0.50, "target": 1.00 } }
            """;
        var framework = FrameworkReader.ReadFile(_temp.Write("tiny.json", FrameworkJson.With(indicator)));

        var json = Encoding.UTF8.GetString(FrameworkWriter.Write(framework));

        json.Should().Contain("\"maxPoints\": 5,");
        json.Should().Contain("\"floor\": 0.5,");
        json.Should().Contain("\"target\": 1\n");
        json.Should().Contain("\"decimals\": 2,");
    }

    [Fact]
    public void Writes_indented_json_with_unix_newlines_ending_in_a_newline()
    {
        var json = Encoding.UTF8.GetString(FrameworkWriter.Write(BuiltInFrameworks.DongNai2025));

        json.Should().StartWith("{\n  \"format\": \"friendlygov.framework/1\",\n  \"id\": \"dongnai-friendly-government\",\n  \"version\": \"2025.1\",");
        json.Should().EndWith("}\n");
        json.Should().NotContain("\r");
    }

    [Fact]
    public void A_framework_with_a_code_of_conduct_file_is_written_so_that_it_loads_again()
    {
        // fixtures/frameworks/custom-conduct.json names its code of conduct by a path relative to the
        // file, ../conduct/5-biet-3-khong-4-the-hien.json. Its written form, saved beside the original
        // layout, must load again (FrameworkWriter: "reading it back gives an equivalent framework").
        var original = new FrameworkLoader(JsonLimits.Default, RepositoryRoot.Combine("fixtures")).LoadFramework(RepositoryRoot.Combine("fixtures", "frameworks", "custom-conduct.json"));
        _temp.Write("conduct/5-biet-3-khong-4-the-hien.json", File.ReadAllText(RepositoryRoot.Combine("fixtures", "conduct", "5-biet-3-khong-4-the-hien.json")));
        var copy = _temp.Write("frameworks/custom-conduct.json", Encoding.UTF8.GetString(FrameworkWriter.Write(original)));

        var readBack = new FrameworkLoader(JsonLimits.Default, _temp.Path).LoadFramework(copy);

        readBack.ConductCode!.Id.Should().Be(original.ConductCode!.Id);
        FrameworkWriter.Write(readBack).Should().Equal(FrameworkWriter.Write(original));
    }

    private static string Describe(Indicator indicator) =>
        $"{indicator.Id} {indicator.Title} {indicator.Description} {indicator.MaxPoints} {indicator.Method.Describe()}";

    private static CriteriaFramework Load(string reference) =>
        reference.EndsWith(".json", StringComparison.Ordinal)
            ? FrameworkReader.ReadFile(RepositoryRoot.Combine(reference.Split('/')))
            : BuiltInFrameworks.Get(FrameworkId.Parse(reference));
}
