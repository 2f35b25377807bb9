using FriendlyGov.Domain.Disclosures;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Disclosures;

/// <summary>A small catalogue with both kinds of deadline, and a way to record disclosures against it.</summary>
internal static class DisclosureFixtures
{
    public static DisclosureCatalogue Catalogue { get; } = new(
        "test-catalogue",
        "1",
        new LocalizedText("Danh mục thử", "Test catalogue"),
        [
            Item("yearly-plan", new YearlyOn(1, 31), 30),
            Item("land-plan", new YearlyOn(3, 31), 30),
            Item("autumn-report", new YearlyOn(9, 30), 30),
            Item("budget", new DaysAfterOccasion(30), 30),
            Item("radio-notice", new DaysAfterOccasion(2), 3),
        ]);

    public static DisclosureItem Item(string id, DisclosureDeadline deadline, int minPostingDays) =>
        new(id, new LocalizedText(id, id), "Law 10/2022/QH15, Art. 11", deadline, minPostingDays, Illustrative: true);

    public static Disclosure Record(string itemId, LocalDate occasion, DisclosureChannel channel, LocalDate from, LocalDate? until = null, string unitCode = "25996") =>
        Disclosure.Record(Catalogue, unitCode, itemId, occasion, channel, from, until, "officer-25996", Instant.FromUtc(2024, 6, 15, 2, 0));
}
