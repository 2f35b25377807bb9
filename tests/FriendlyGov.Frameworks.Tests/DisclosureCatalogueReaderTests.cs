using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;

namespace FriendlyGov.Frameworks.Tests;

public sealed class DisclosureCatalogueReaderTests
{
    [Fact]
    public void The_built_in_catalogue_takes_its_items_from_article_11_posts_them_30_days_and_marks_every_deadline_illustrative()
    {
        var catalogue = BuiltInDisclosureCatalogues.GrassrootsDemocracy2022;

        BuiltInDisclosureCatalogues.Ids.Should().Equal("vn-grassroots-democracy-2022");
        catalogue.ToString().Should().Be("vn-grassroots-democracy-2022@2022.1");
        catalogue.Items.Select(i => i.Id).Should().Equal(
            "A11.1-socio-economic-plan", "A11.2-budget-estimate", "A11.2-budget-execution", "A11.2-final-accounts",
            "A11.3-investment-projects", "A11.3-land-recovery", "A11.3-land-fund-plan");
        catalogue.Items.Should().OnlyContain(i => i.Basis.StartsWith("Law 10/2022/QH15, Art. 11(", StringComparison.Ordinal) && i.MinPostingDays == 30 && i.Illustrative);
        catalogue.Items[0].Deadline.Should().Be(new YearlyOn(1, 31));
        catalogue.Items[1].Deadline.Should().Be(new DaysAfterOccasion(30));
        catalogue.Description!.En.Should().Contain("illustrative");
    }

    [Fact]
    public void Reads_a_catalogue_of_the_integrators_from_a_file()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "disclosures.json");
        File.WriteAllText(path, """
            {
              "format": "friendlygov.disclosures/1", "id": "dong-nai-disclosures", "version": "2024.1",
              "title": { "vi": "Danh mục công khai", "en": "Disclosures" },
              "items": [
                { "id": "fees", "title": { "vi": "Phí, lệ phí", "en": "Fees and charges" }, "basis": "Art. 11",
                  "deadline": { "kind": "days-after", "days": 0 }, "minPostingDays": 3 }
              ]
            }
            """);

        var catalogue = DisclosureCatalogueReader.ReadFile(path);

        catalogue.Items.Should().ContainSingle().Which.Should().Be(
            new DisclosureItem("fees", new LocalizedText("Phí, lệ phí", "Fees and charges"), "Art. 11", new DaysAfterOccasion(0), 3, Illustrative: false));
    }

    [Fact]
    public void Reports_every_problem_of_a_catalogue_file_with_its_path()
    {
        const string Json = """
            {
              "format": "friendlygov.disclosures/1", "id": "c", "version": "1",
              "title": { "vi": "D", "en": "C" },
              "items": [
                { "id": "a", "title": { "vi": "a", "en": "a" }, "basis": "Art. 11", "deadline": { "kind": "monthly" }, "minPostingDays": 30 },
                { "id": "b", "title": { "vi": "b", "en": "b" }, "basis": "Art. 11", "deadline": { "kind": "yearly", "month": 2, "day": 30 }, "minPostingDays": 0.5 },
                { "id": "c", "title": { "vi": "c", "en": "c" }, "basis": "Art. 11", "deadline": { "kind": "days-after", "days": 5, "workingDays": true }, "minPostingDays": 3 }
              ]
            }
            """;

        var read = () => DisclosureCatalogueReader.Read(Encoding.UTF8.GetBytes(Json), "disclosures.json");

        read.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "disclosures.json: $.items[0].deadline.kind: 'monthly' is not one of days-after, yearly",
            "disclosures.json: $.items[1].deadline: month 2, day 30 is not a date every year has (February has at most 28 days here)",
            "disclosures.json: $.items[1].minPostingDays: 0.5 is not a whole number of 1 or more",
            "disclosures.json: $.items[2].deadline.workingDays: 'workingDays' is not a property of a deadline { \"kind\": \"days-after\", \"days\": … } or { \"kind\": \"yearly\", \"month\": …, \"day\": … }; expected days, kind");
    }

    [Fact]
    public void Reports_duplicate_items_from_the_catalogues_own_checks_with_their_path()
    {
        const string Json = """
            {
              "format": "friendlygov.disclosures/1", "id": "c", "version": "1", "title": { "vi": "D", "en": "C" },
              "items": [
                { "id": "a", "title": { "vi": "a", "en": "a" }, "basis": "Art. 11", "deadline": { "kind": "days-after", "days": 5 }, "minPostingDays": 3 },
                { "id": "a", "title": { "vi": "a", "en": "a" }, "basis": "Art. 11", "deadline": { "kind": "days-after", "days": 5 }, "minPostingDays": 3 }
              ]
            }
            """;

        var read = () => DisclosureCatalogueReader.Read(Encoding.UTF8.GetBytes(Json), "disclosures.json");

        read.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal("disclosures.json: $.items[1].id: 'a' is a duplicate item id");
    }

    [Fact]
    public void Refuses_another_format()
    {
        var read = () => DisclosureCatalogueReader.Read(Encoding.UTF8.GetBytes("""{ "format": "friendlygov.conduct/1" }"""), "disclosures.json");

        read.Should().Throw<InvalidInputException>().Which.Lines.Should().Contain("disclosures.json: $.format: 'friendlygov.conduct/1' is not friendlygov.disclosures/1");
    }
}
