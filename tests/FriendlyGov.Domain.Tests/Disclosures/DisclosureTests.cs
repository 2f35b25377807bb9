using FriendlyGov.Domain.Disclosures;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Disclosures;

public sealed class DisclosureTests
{
    [Fact]
    public void Counts_the_days_posted_with_the_first_and_last_and_an_open_posting_up_to_today()
    {
        var closed = DisclosureFixtures.Record("yearly-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 1, 20), new LocalDate(2024, 2, 25));
        var open = DisclosureFixtures.Record("radio-notice", new LocalDate(2024, 6, 10), DisclosureChannel.Radio, new LocalDate(2024, 6, 11));

        // 20 to 31 January is 12 days, then 25 in February: 37.
        closed.DaysPosted(new LocalDate(2024, 6, 15)).Should().Be(37);

        // 11 to 15 June: 5 days so far.
        open.DaysPosted(new LocalDate(2024, 6, 15)).Should().Be(5);
    }

    [Fact]
    public void Refuses_an_unknown_item_a_posting_before_its_event_and_an_end_before_the_start()
    {
        Invalid.ProblemsOf(() => DisclosureFixtures.Record("nothing", new LocalDate(2024, 1, 1), DisclosureChannel.Radio, new LocalDate(2024, 1, 2)))
            .Should().Equal(new Problem("item", "'nothing' is not an item of the disclosure catalogue test-catalogue"));
        Invalid.ProblemsOf(() => DisclosureFixtures.Record("budget", new LocalDate(2024, 1, 10), DisclosureChannel.WebPortal, new LocalDate(2024, 1, 9), new LocalDate(2024, 1, 8)))
            .Should().Equal(
                new Problem("postedFrom", "2024-01-09 is before the occasion on 2024-01-10"),
                new Problem("postedUntil", "2024-01-08 is before the first day posted, 2024-01-09"));
    }

    [Fact]
    public void Lets_a_yearly_item_be_posted_before_the_day_that_names_its_year()
    {
        var early = DisclosureFixtures.Record("yearly-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2023, 12, 28));

        early.PostedFrom.Should().Be(new LocalDate(2023, 12, 28));
    }

    [Fact]
    public void Ends_a_posting_still_up_once_and_counts_its_days_to_the_end_from_then_on()
    {
        var open = DisclosureFixtures.Record("budget", new LocalDate(2024, 5, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 5, 10));

        open.EndPosting(new LocalDate(2024, 6, 8), "officer-25996", Instant.FromUtc(2024, 6, 15, 2, 0));

        // 10 to 31 May is 22 days, then 8 in June: 30, whatever today is.
        open.PostedUntil.Should().Be(new LocalDate(2024, 6, 8));
        open.DaysPosted(new LocalDate(2024, 12, 31)).Should().Be(30);
        Invalid.ProblemsOf(() =>
        {
            open.EndPosting(new LocalDate(2024, 6, 9), "officer-25996", Instant.FromUtc(2024, 6, 15, 2, 0));
            return null;
        }).Should().Equal(new Problem("postedUntil", "the posting already ended on 2024-06-08"));
    }

    [Fact]
    public void Refuses_to_end_a_posting_before_its_first_day()
    {
        var open = DisclosureFixtures.Record("budget", new LocalDate(2024, 5, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 5, 10));

        Invalid.ProblemsOf(() =>
        {
            open.EndPosting(new LocalDate(2024, 5, 9), "officer-25996", Instant.FromUtc(2024, 6, 15, 2, 0));
            return null;
        }).Should().Equal(new Problem("postedUntil", "2024-05-09 is before the first day posted, 2024-05-10"));
        open.PostedUntil.Should().BeNull();
    }
}
