using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Conduct;

public sealed class ConductObservationTests
{
    private static readonly Instant Later = ConductFixtures.Noon1May2024.Plus(Duration.FromDays(3));

    [Fact]
    public void Starts_reported_with_the_report_as_its_first_step()
    {
        var observation = ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff(), "4X.1", new LocalDate(2024, 4, 30));

        observation.Status.Should().Be(ObservationStatus.Reported);
        observation.History.Should().ContainSingle().Which.Should().Be(
            new ObservationStep(ObservationStatus.Reported, "supervisor-1", ConductFixtures.Noon1May2024, "Người dân phản ánh"));
        observation.UnitCode.Should().Be("25996");
        observation.Role.Should().Be(OfficialRole.Staff);
        observation.ToBreach().IsConfirmed.Should().BeFalse();
    }

    [Fact]
    public void Keeps_every_step_through_confirmation_appeal_and_dismissal()
    {
        var observation = ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff(), "5K.1", new LocalDate(2024, 4, 30));

        observation.Confirm("inspector-2", Later, "Xác minh đúng");
        observation.ToBreach().IsConfirmed.Should().BeTrue();
        observation.Reopen("chair-3", Later.Plus(Duration.FromDays(1)), "Khiếu nại được thụ lý");
        observation.Dismiss("inspector-2", Later.Plus(Duration.FromDays(2)), "Không đủ căn cứ");

        observation.Status.Should().Be(ObservationStatus.Dismissed);
        observation.History.Select(s => (s.Status, s.By)).Should().Equal(
            (ObservationStatus.Reported, "supervisor-1"),
            (ObservationStatus.Confirmed, "inspector-2"),
            (ObservationStatus.Reported, "chair-3"),
            (ObservationStatus.Dismissed, "inspector-2"));
    }

    [Fact]
    public void Cannot_be_decided_twice_without_an_appeal()
    {
        var observation = ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff(), "4X.1", new LocalDate(2024, 4, 30));
        observation.Dismiss("inspector-2", Later, "Không đúng");

        var confirm = () => observation.Confirm("inspector-2", Later, "Đúng");

        confirm.Should().Throw<DomainRuleException>().WithMessage("*already dismissed; reopen it on appeal first*")
            .Which.Rule.Should().Be(DomainRules.ObservationDueProcess);
        observation.History.Should().HaveCount(2);
    }

    [Fact]
    public void Cannot_reopen_an_observation_that_is_still_reported()
    {
        var observation = ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff(), "4X.1", new LocalDate(2024, 4, 30));

        var reopen = () => observation.Reopen("chair-3", Later, "Kháng nghị");

        reopen.Should().Throw<DomainRuleException>().WithMessage("*still reported*")
            .Which.Rule.Should().Be(DomainRules.ObservationDueProcess);
    }

    [Fact]
    public void An_official_never_confirms_an_observation_about_themselves()
    {
        var observation = ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff("CB-001"), "4X.1", new LocalDate(2024, 4, 30));

        var confirm = () => observation.Confirm("CB-001", Later, "Tự nhận");

        confirm.Should().Throw<DomainRuleException>().WithMessage("*CB-001 cannot confirm an observation about themselves*")
            .Which.Rule.Should().Be(DomainRules.NoSelfConfirmation);
        observation.Status.Should().Be(ObservationStatus.Reported);
    }

    [Fact]
    public void Refuses_a_rule_the_code_does_not_have_naming_it()
    {
        var report = () => ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff(), "5K.9", new LocalDate(2024, 4, 30));

        report.Should().Throw<InvalidInputException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("rule: '5K.9' is not a rule of the code of conduct test-code");
    }

    [Fact]
    public void Refuses_a_date_on_which_the_official_held_no_posting()
    {
        var report = () => ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff(), "4X.1", new LocalDate(2019, 12, 31));

        report.Should().Throw<InvalidInputException>().Which.Problems.Single().ToString()
            .Should().Be("on: official CB-001 held no posting on 2019-12-31");
    }

    [Fact]
    public void A_breach_stays_with_the_unit_where_it_happened_after_a_transfer()
    {
        var code = ConductFixtures.Code();
        var official = ConductFixtures.Staff("CB-007", unit: "25996");
        official.MoveTo("26089", OfficialRole.Head, new LocalDate(2024, 7, 1));

        var before = ConductFixtures.Report(code, official, "4X.1", new LocalDate(2024, 6, 30), "PA-1");
        var after = ConductFixtures.Report(code, official, "4X.1", new LocalDate(2024, 7, 1), "PA-2");

        (before.UnitCode, before.Role).Should().Be(("25996", OfficialRole.Staff));
        (after.UnitCode, after.Role).Should().Be(("26089", OfficialRole.Head));
        official.Postings[0].Until.Should().Be(new LocalDate(2024, 6, 30));
    }

    [Fact]
    public void A_move_that_does_not_start_after_the_current_posting_is_refused_by_the_posting_order_rule()
    {
        // Staff() is posted in 25996 from 2020-01-01, so a move on that very day is not after it.
        var official = ConductFixtures.Staff("CB-007", unit: "25996");

        var move = () => official.MoveTo("26089", OfficialRole.Head, new LocalDate(2020, 1, 1));

        move.Should().Throw<DomainRuleException>()
            .WithMessage("Official CB-007's posting in 25996 began on 2020-01-01; a move must start after that, not on 2020-01-01.")
            .Which.Rule.Should().Be(DomainRules.PostingOrder);
        official.Postings.Should().ContainSingle();
    }

    [Fact]
    public void A_step_dated_before_the_previous_one_is_a_fault_not_a_refusal()
    {
        // The report was taken at noon on 1 May 2024; a clock that went back a day is a fault of the host.
        var observation = ConductFixtures.Report(ConductFixtures.Code(), ConductFixtures.Staff(), "4X.1", new LocalDate(2024, 4, 30));

        var confirm = () => observation.Confirm("inspector-2", ConductFixtures.Noon1May2024.Minus(Duration.FromDays(1)), "Đúng");

        confirm.Should().Throw<InvalidOperationException>().WithMessage("A step at 2024-04-30T05:00:00Z cannot come before the previous one at 2024-05-01T05:00:00Z.");
        observation.Status.Should().Be(ObservationStatus.Reported);
    }

    [Fact]
    public void Recording_the_same_official_rule_date_and_reference_twice_is_idempotent()
    {
        var code = ConductFixtures.Code();
        var official = ConductFixtures.Staff();
        var record = new ConductRecord(code);
        var first = record.Record(ConductFixtures.Report(code, official, "4X.1", new LocalDate(2024, 4, 30), "PA-1"));
        first.Confirm("inspector-2", Later, "Đúng");

        var again = record.Record(ConductFixtures.Report(code, official, "4X.1", new LocalDate(2024, 4, 30), "PA-1"));
        var otherReference = record.Record(ConductFixtures.Report(code, official, "4X.1", new LocalDate(2024, 4, 30), "PA-2"));

        again.Should().BeSameAs(first);
        again.Status.Should().Be(ObservationStatus.Confirmed);
        otherReference.Should().NotBeSameAs(first);
        record.Observations.Should().HaveCount(2);
    }

    [Fact]
    public void Lists_a_units_breaches_for_scoring()
    {
        var code = ConductFixtures.Code();
        var record = new ConductRecord(code);
        record.Record(ConductFixtures.Report(code, ConductFixtures.Staff("CB-001", "25996"), "4X.1", new LocalDate(2024, 4, 30)));
        record.Record(ConductFixtures.Report(code, ConductFixtures.Staff("CB-002", "26089"), "5K.1", new LocalDate(2024, 4, 30)));

        record.BreachesIn("26089").Should().ContainSingle().Which.Should().Be(
            new ConductBreach("5K.1", "CB-002", OfficialRole.Staff, ObservationStatus.Reported, new LocalDate(2024, 4, 30)));
    }
}
