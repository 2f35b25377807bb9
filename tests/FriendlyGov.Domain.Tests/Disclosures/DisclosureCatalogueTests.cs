using FriendlyGov.Domain.Disclosures;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Disclosures;

public sealed class DisclosureCatalogueTests
{
    [Fact]
    public void Finds_its_items_by_id()
    {
        DisclosureFixtures.Catalogue.TryGetItem("budget", out var budget).Should().BeTrue();
        budget.Deadline.Should().Be(new DaysAfterOccasion(30));
        DisclosureFixtures.Catalogue.TryGetItem("nothing", out _).Should().BeFalse();
        DisclosureFixtures.Catalogue.ToString().Should().Be("test-catalogue@1");
    }

    [Fact]
    public void Refuses_a_bad_id_duplicate_items_no_posting_days_negative_days_and_a_date_not_every_year_has()
    {
        var problems = Invalid.ProblemsOf(() => new DisclosureCatalogue("Bad Id", "1", new LocalizedText("D", "C"),
        [
            DisclosureFixtures.Item("a", new DaysAfterOccasion(-1), 30),
            DisclosureFixtures.Item("a", new YearlyOn(2, 29), 0),
        ]));

        problems.Should().Equal(
            new Problem("id", "'Bad Id' is not a catalogue id: use lowercase letters, digits and '-'"),
            new Problem("items[0].deadline.days", "-1 is negative"),
            new Problem("items[1].id", "'a' is a duplicate item id"),
            new Problem("items[1].minPostingDays", "0 is not 1 or more"),
            new Problem("items[1].deadline", "month 2, day 29 is not a date every year has"));
    }

    [Theory]
    [InlineData(2024, 1, 10, 2024, 2, 9)] // 30 days after 10 January: 21 left in January, 9 into February
    [InlineData(2024, 12, 15, 2025, 1, 14)] // across the year's end
    public void Dates_an_item_due_days_after_its_occasion(int y, int m, int d, int dueY, int dueM, int dueD) =>
        new DaysAfterOccasion(30).DueFor(new LocalDate(y, m, d)).Should().Be(new LocalDate(dueY, dueM, dueD));

    [Fact]
    public void Dates_a_yearly_item_in_the_year_of_its_occasion() =>
        new YearlyOn(1, 31).DueFor(new LocalDate(2024, 7, 4)).Should().Be(new LocalDate(2024, 1, 31));
}
