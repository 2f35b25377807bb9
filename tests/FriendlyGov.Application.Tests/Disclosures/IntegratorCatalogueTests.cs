using System.Text;
using FriendlyGov.Application.Disclosures.GetDisclosureSummary;
using FriendlyGov.Application.Disclosures.RecordDisclosure;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Frameworks;
using NodaTime;

namespace FriendlyGov.Application.Tests.Disclosures;

/// <summary>An integrator's own catalogue, read from its file and set in the options, replaces the built-in one.</summary>
public sealed class IntegratorCatalogueTests
{
    private const string Catalogue = """
        {
          "format": "friendlygov.disclosures/1", "id": "dong-nai-disclosures", "version": "2024.1",
          "title": { "vi": "Danh mục công khai của tỉnh", "en": "The province's disclosures" },
          "items": [
            { "id": "fees", "title": { "vi": "Phí, lệ phí", "en": "Fees and charges" }, "basis": "Law 10/2022/QH15, Art. 11",
              "deadline": { "kind": "days-after", "days": 3 }, "minPostingDays": 10 }
          ]
        }
        """;

    /// <summary>Fees decided on 2 December 2024, due 5 December, posted 4 to 13 December: 10 days, met.</summary>
    [Fact]
    public async Task Disclosures_are_recorded_and_judged_against_the_catalogue_the_app_configured()
    {
        await using var app = new InMemoryApp(o => o.DisclosureCatalogue = DisclosureCatalogueReader.Read(Encoding.UTF8.GetBytes(Catalogue), "dong-nai-disclosures.json"));

        await app.SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));
        var officer = Actors.OfficerOf(DongNai.TanPhong);
        await app.SendAs(officer, new RecordDisclosure(Guid.NewGuid(), DongNai.TanPhong, "fees", new LocalDate(2024, 12, 2), DisclosureChannel.NoticeBoard, new LocalDate(2024, 12, 4), new LocalDate(2024, 12, 13)));
        var builtInItem = () => app.SendAs(officer, new RecordDisclosure(
            Guid.NewGuid(), DongNai.TanPhong, "A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.Radio, new LocalDate(2024, 7, 20)));

        var summary = await app.SendAs(officer, new GetDisclosureSummary(DongNai.TanPhong, "2024"));

        summary.Catalogue.Should().Be("dong-nai-disclosures@2024.1");
        summary.Required.Should().Equal(new RequiredDisclosure("fees", new LocalDate(2024, 12, 2), new LocalDate(2024, 12, 5), DisclosureStatus.Met, 10));
        (await builtInItem.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(
            new Problem("itemId", "'A11.2-final-accounts' is not an item of the disclosure catalogue dong-nai-disclosures"));
    }
}
