using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Disclosures;

public sealed class DisclosureSummariesTests
{
    private static readonly LocalDate Today = new(2024, 6, 15);

    /// <summary>
    /// Phường Tân Phong's disclosures in the first half of 2024, today 15 June:
    /// <code>
    /// yearly-plan  2024        due 01-31  board 01-20..02-25 = 37 days ≥ 30          met
    /// budget       event 01-10 due 02-09  board from 02-15, after the due date      late
    /// radio-notice event 03-01 due 03-03  meeting 03-02 (1 day), radio 03-02..03-04 (3 days ≥ 3)  met
    /// land-plan    2024        due 03-31  nothing                                   missing
    /// budget       event 05-01 due 05-31  portal 05-10..05-30 = 21 days &lt; 30, ended  too short
    /// radio-notice event 06-10 due 06-12  radio from 06-11, open: 5 days so far ≥ 3  met
    /// radio-notice event 06-12 due 06-14  radio from 06-14, open: 2 days so far &lt; 3  pending
    /// budget       event 06-01 due 07-01, after the half-year                        not required
    /// autumn-report            due 09-30, after the half-year                        not required
    /// </code>
    /// Bình Lộc's disclosure of the yearly plan is another unit's and does not count.
    /// </summary>
    private static readonly Disclosure[] Disclosures =
    [
        DisclosureFixtures.Record("yearly-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 1, 20), new LocalDate(2024, 2, 25)),
        DisclosureFixtures.Record("budget", new LocalDate(2024, 1, 10), DisclosureChannel.NoticeBoard, new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 20)),
        DisclosureFixtures.Record("radio-notice", new LocalDate(2024, 3, 1), DisclosureChannel.VillageMeeting, new LocalDate(2024, 3, 2), new LocalDate(2024, 3, 2)),
        DisclosureFixtures.Record("radio-notice", new LocalDate(2024, 3, 1), DisclosureChannel.Radio, new LocalDate(2024, 3, 2), new LocalDate(2024, 3, 4)),
        DisclosureFixtures.Record("budget", new LocalDate(2024, 5, 1), DisclosureChannel.WebPortal, new LocalDate(2024, 5, 10), new LocalDate(2024, 5, 30)),
        DisclosureFixtures.Record("radio-notice", new LocalDate(2024, 6, 10), DisclosureChannel.Radio, new LocalDate(2024, 6, 11)),
        DisclosureFixtures.Record("radio-notice", new LocalDate(2024, 6, 12), DisclosureChannel.Radio, new LocalDate(2024, 6, 14)),
        DisclosureFixtures.Record("budget", new LocalDate(2024, 6, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 6, 5)),
        DisclosureFixtures.Record("yearly-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 1, 2), unitCode: "26089"),
    ];

    [Fact]
    public void Lists_every_disclosure_required_in_the_period_with_where_it_stands()
    {
        var summary = DisclosureSummaries.Summarize("25996", DisclosureFixtures.Catalogue, Disclosures, AssessmentPeriod.Parse("2024-H1"), Today);

        summary.Catalogue.Should().Be("test-catalogue@1");
        summary.Required.Should().Equal(
            new RequiredDisclosure("yearly-plan", new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31), DisclosureStatus.Met, 37),
            new RequiredDisclosure("budget", new LocalDate(2024, 1, 10), new LocalDate(2024, 2, 9), DisclosureStatus.Late, 0),
            new RequiredDisclosure("radio-notice", new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 3), DisclosureStatus.Met, 3),
            new RequiredDisclosure("land-plan", new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31), DisclosureStatus.Missing, 0),
            new RequiredDisclosure("budget", new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 31), DisclosureStatus.TooShort, 21),
            new RequiredDisclosure("radio-notice", new LocalDate(2024, 6, 10), new LocalDate(2024, 6, 12), DisclosureStatus.Met, 5),
            new RequiredDisclosure("radio-notice", new LocalDate(2024, 6, 12), new LocalDate(2024, 6, 14), DisclosureStatus.Pending, 2));
    }

    [Fact]
    public void Shares_the_decided_disclosures_made_on_time_and_for_long_enough()
    {
        var summary = DisclosureSummaries.Summarize("25996", DisclosureFixtures.Catalogue, Disclosures, AssessmentPeriod.Parse("2024-H1"), Today);

        // Met 3 of the 7 required, one of which is still pending: 3/6 = 0.5.
        summary.OnTimeAndLongEnough.Should().Be(new Share(3, 6));
        summary.OnTimeAndLongEnough.Value.Should().Be(0.5m);
        summary.Shortfalls.Select(s => (s.ItemId, s.Status)).Should().Equal(
            ("budget", DisclosureStatus.Late), ("land-plan", DisclosureStatus.Missing), ("budget", DisclosureStatus.TooShort));
    }

    [Fact]
    public void Counts_a_yearly_item_due_later_in_the_period_as_pending_until_its_due_date()
    {
        var summary = DisclosureSummaries.Summarize("25996", DisclosureFixtures.Catalogue, Disclosures, AssessmentPeriod.OfYear(2024), Today);

        // The year adds the autumn report (due 30 September, nothing yet: pending) and the budget
        // of 1 June (due 1 July, posted on 5 June and still up: 11 days so far, pending).
        summary.Required.Where(r => r.Status == DisclosureStatus.Pending).Select(r => (r.ItemId, r.Due, r.BestDaysPosted)).Should().Equal(
            ("radio-notice", new LocalDate(2024, 6, 14), 2),
            ("budget", new LocalDate(2024, 7, 1), 11),
            ("autumn-report", new LocalDate(2024, 9, 30), 0));
        summary.OnTimeAndLongEnough.Should().Be(new Share(3, 6));
    }

    [Fact]
    public void Requires_a_yearly_item_only_in_the_period_that_holds_its_due_date()
    {
        var summary = DisclosureSummaries.Summarize("25996", DisclosureFixtures.Catalogue, [], AssessmentPeriod.Parse("2024-02"), Today);

        summary.Required.Should().BeEmpty();
        summary.OnTimeAndLongEnough.Value.Should().BeNull();
    }
}
