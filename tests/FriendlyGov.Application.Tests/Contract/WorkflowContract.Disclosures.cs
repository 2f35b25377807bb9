using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Disclosures.EndDisclosurePosting;
using FriendlyGov.Application.Disclosures.GetDisclosureSummary;
using FriendlyGov.Application.Disclosures.RecordDisclosure;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    private Task<Guid> Disclose(string itemId, LocalDate occasion, DisclosureChannel channel, LocalDate from, LocalDate? until = null) =>
        SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordDisclosure(Guid.NewGuid(), DongNai.TanPhong, itemId, occasion, channel, from, until));

    /// <summary>
    /// Phường Tân Phong against the built-in catalogue (every item 30 days posted), today 10 January 2025:
    /// socio-economic plan (due 31 Jan 2024) posted 15 Jan to 20 Feb, 17 + 20 = 37 days: met;
    /// investment projects (event 1 Mar, due 11 Mar) on the radio 5 to 7 Mar, 3 days: too short;
    /// land fund plan (due 31 Mar 2024): nothing, missing;
    /// final accounts (event 15 Jul, due 14 Aug) posted from 20 Aug: late;
    /// budget estimate (event 20 Dec 2024, due 19 Jan 2025) on the portal since 23 Dec: due in 2025.
    /// </summary>
    [Fact]
    public async Task A_units_disclosures_add_up_to_the_share_made_on_time_and_for_long_enough_with_the_shortfalls()
    {
        await RegisterUnits();
        await Disclose("A11.1-socio-economic-plan", new LocalDate(2024, 1, 1), DisclosureChannel.NoticeBoard, new LocalDate(2024, 1, 15), new LocalDate(2024, 2, 20));
        await Disclose("A11.3-investment-projects", new LocalDate(2024, 3, 1), DisclosureChannel.Radio, new LocalDate(2024, 3, 5), new LocalDate(2024, 3, 7));
        await Disclose("A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.NoticeBoard, new LocalDate(2024, 8, 20), new LocalDate(2024, 9, 30));
        await Disclose("A11.2-budget-estimate", new LocalDate(2024, 12, 20), DisclosureChannel.WebPortal, new LocalDate(2024, 12, 23));

        var year = await SendAs(Actors.Appraiser, new GetDisclosureSummary(DongNai.TanPhong, "2024"));

        year.Catalogue.Should().Be("vn-grassroots-democracy-2022@2022.1");
        year.Required.Select(r => (r.ItemId, r.Due, r.Status, r.BestDaysPosted)).Should().Equal(
            ("A11.1-socio-economic-plan", new LocalDate(2024, 1, 31), DisclosureStatus.Met, 37),
            ("A11.3-investment-projects", new LocalDate(2024, 3, 11), DisclosureStatus.TooShort, 3),
            ("A11.3-land-fund-plan", new LocalDate(2024, 3, 31), DisclosureStatus.Missing, 0),
            ("A11.2-final-accounts", new LocalDate(2024, 8, 14), DisclosureStatus.Late, 0));
        year.OnTimeAndLongEnough.Should().Be(new Share(1, 4));
        year.Shortfalls.Should().HaveCount(3);

        // In 2025 everything is still pending: the budget estimate posted 23 Dec has 9 + 10 = 19 of
        // its 30 days so far, and both yearly items are due after today. The half-year, because the
        // tests' Tân Phong ended on 30 June 2025 and a summary is of the unit that existed on the period's last day.
        var next = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetDisclosureSummary(DongNai.TanPhong, "2025-H1"));
        next.Required.Select(r => (r.ItemId, r.Status, r.BestDaysPosted)).Should().Equal(
            ("A11.2-budget-estimate", DisclosureStatus.Pending, 19),
            ("A11.1-socio-economic-plan", DisclosureStatus.Pending, 0),
            ("A11.3-land-fund-plan", DisclosureStatus.Pending, 0));
        next.OnTimeAndLongEnough.Should().Be(new Share(0, 0));
    }

    [Fact]
    public async Task Recording_a_disclosure_again_returns_the_first_and_adds_nothing()
    {
        await RegisterUnits();
        var first = await Disclose("A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.NoticeBoard, new LocalDate(2024, 7, 20));
        var again = await Disclose("A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.NoticeBoard, new LocalDate(2024, 7, 20), new LocalDate(2024, 8, 30));
        var onRadio = await Disclose("A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.Radio, new LocalDate(2024, 7, 20));

        again.Should().Be(first);
        onRadio.Should().NotBe(first, "another channel is another disclosure");
        (await StoredCount<Disclosure>()).Should().Be(2);
        (await Stored<Disclosure>(first)).PostedUntil.Should().BeNull();
    }

    [Fact]
    public async Task A_disclosure_of_an_unknown_item_starting_after_today_or_before_its_event_is_refused_naming_the_field()
    {
        await RegisterUnits();

        var unknown = (await FluentActions.Awaiting(() => Disclose("A99-nothing", new LocalDate(2024, 1, 1), DisclosureChannel.Radio, new LocalDate(2024, 1, 2)))
            .Should().ThrowAsync<ValidationException>()).Which;
        var future = (await FluentActions.Awaiting(() => Disclose("A11.2-final-accounts", new LocalDate(2025, 1, 5), DisclosureChannel.Radio, new LocalDate(2025, 1, 11)))
            .Should().ThrowAsync<ValidationException>()).Which;
        var early = (await FluentActions.Awaiting(() => Disclose("A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.Radio, new LocalDate(2024, 7, 14)))
            .Should().ThrowAsync<ValidationException>()).Which;

        unknown.Problems.Should().Equal(new Problem("itemId", "'A99-nothing' is not an item of the disclosure catalogue vn-grassroots-democracy-2022"));
        future.Problems.Should().Equal(new Problem("postedFrom", "2025-01-11 is after today, 2025-01-10: record a disclosure once it is public"));
        early.Problems.Should().Equal(new Problem("postedFrom", "2024-07-14 is before the occasion on 2024-07-15"));
        (await StoredCount<Disclosure>()).Should().Be(0);
    }

    [Fact]
    public async Task Only_the_units_officer_or_its_provinces_administrator_records_disclosures_and_only_readers_in_scope_read_them()
    {
        await RegisterUnits();

        var byOtherOfficer = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new RecordDisclosure(
            Guid.NewGuid(), DongNai.TanPhong, "A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.Radio, new LocalDate(2024, 7, 20)));
        var readByOtherProvince = () => SendAs(Actors.AppraiserOfBinhDuong, new GetDisclosureSummary(DongNai.TanPhong, "2024"));

        (await byOtherOfficer.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.UnitOfficerOwnUnit);
        (await readByOtherProvince.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
        await SendAs(Actors.Administrator, new RecordDisclosure(
            Guid.NewGuid(), DongNai.TanPhong, "A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.Radio, new LocalDate(2024, 7, 20)));
        (await StoredCount<Disclosure>()).Should().Be(1);
    }

    /// <summary>
    /// The final accounts (event 15 Jul, due 14 Aug) posted on 1 Aug: still up on 10 January 2025
    /// they count 31 + 30 + 31 + 30 + 31 + 10 = 163 days; taken down on 20 Aug they count 20 days,
    /// too short for 30.
    /// </summary>
    [Fact]
    public async Task Ending_a_posting_still_up_fixes_the_days_it_counts()
    {
        await RegisterUnits();
        var id = await Disclose("A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.NoticeBoard, new LocalDate(2024, 8, 1));
        (await SendAs(Actors.Appraiser, new GetDisclosureSummary(DongNai.TanPhong, "2024"))).Required
            .Single(r => r.ItemId == "A11.2-final-accounts").Should().Match<RequiredDisclosure>(r => r.Status == DisclosureStatus.Met && r.BestDaysPosted == 163);

        var days = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new EndDisclosurePosting(Guid.NewGuid(), id, new LocalDate(2024, 8, 20)));
        var again = () => SendAs(Actors.OfficerOf(DongNai.TanPhong), new EndDisclosurePosting(Guid.NewGuid(), id, new LocalDate(2024, 8, 25)));

        var byOtherOfficer = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new EndDisclosurePosting(Guid.NewGuid(), id, new LocalDate(2024, 8, 25)));
        (await byOtherOfficer.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.UnitOfficerOwnUnit);
        days.Should().Be(20);
        (await again.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().Equal(new Problem("postedUntil", "the posting already ended on 2024-08-20"));
        (await Stored<Disclosure>(id)).PostedUntil.Should().Be(new LocalDate(2024, 8, 20));
        (await SendAs(Actors.Appraiser, new GetDisclosureSummary(DongNai.TanPhong, "2024"))).Required
            .Single(r => r.ItemId == "A11.2-final-accounts").Status.Should().Be(DisclosureStatus.TooShort);
    }
}
