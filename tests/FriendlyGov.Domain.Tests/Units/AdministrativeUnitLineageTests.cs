using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Units;

/// <summary>Phường Quyết Thắng (26041) until 30 June 2025, and the unit that reused its code, Phường Trấn Biên, from 1 July 2025.</summary>
public sealed class AdministrativeUnitLineageTests
{
    private static readonly LocalDate Reform = new(2025, 7, 1);

    [Fact]
    public void A_succession_names_each_unit_in_the_other_with_the_day_and_kind()
    {
        var thongNhat = new AdministrativeUnit("26029", UnitKind.Ward, "Phường Thống Nhất", "Đồng Nai", new LocalDate(2024, 2, 1), new LocalDate(2025, 6, 30));
        var tranBien = new AdministrativeUnit("26041", UnitKind.Ward, "Phường Trấn Biên", "Đồng Nai", Reform);

        AdministrativeUnit.RecordSuccession(thongNhat, tranBien, UnitChangeKind.Renamed);
        AdministrativeUnit.RecordSuccession(thongNhat, tranBien, UnitChangeKind.Merged);

        tranBien.Predecessors.Should().Equal(new UnitChange("26029", new LocalDate(2024, 2, 1), "Phường Thống Nhất", Reform, UnitChangeKind.Merged));
        thongNhat.Successors.Should().Equal(new UnitChange("26041", Reform, "Phường Trấn Biên", Reform, UnitChangeKind.Merged));
    }

    [Fact]
    public void A_unit_still_in_existence_cannot_be_a_predecessor()
    {
        var quyetThang = new AdministrativeUnit("26041", UnitKind.Ward, "Phường Quyết Thắng", "Đồng Nai", new LocalDate(2020, 1, 1));
        var tranBien = new AdministrativeUnit("26041", UnitKind.Ward, "Phường Trấn Biên", "Đồng Nai", Reform);

        FluentActions.Invoking(() => AdministrativeUnit.RecordSuccession(quyetThang, tranBien, UnitChangeKind.Merged))
            .Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(new Problem(
                "predecessor", "unit 26041 Phường Quyết Thắng (from 2020-01-01) did not end before 26041 Phường Trấn Biên (from 2025-07-01) began, so it cannot be its predecessor"));
    }

    [Fact]
    public void A_unit_formed_during_a_period_is_assessed_for_it_and_one_that_ended_during_it_is_not()
    {
        var quyetThang = new AdministrativeUnit("26041", UnitKind.Ward, "Phường Quyết Thắng", "Đồng Nai", new LocalDate(2020, 1, 1));
        var tranBien = new AdministrativeUnit("26041", UnitKind.Ward, "Phường Trấn Biên", "Đồng Nai", Reform);
        quyetThang.EndOn(new LocalDate(2025, 6, 30));
        var year2025 = (new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

        tranBien.AssessableFor(year2025.Item1, year2025.Item2).Should().BeTrue();
        quyetThang.AssessableFor(year2025.Item1, year2025.Item2).Should().BeFalse();
        quyetThang.AssessableFor(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).Should().BeTrue();
        FluentActions.Invoking(() => quyetThang.EndOn(new LocalDate(2025, 7, 31))).Should().Throw<InvalidInputException>()
            .Which.Problems.Should().Equal(new Problem("existedUntil", "unit 26041 Phường Quyết Thắng (from 2020-01-01) already ended on 2025-06-30"));
    }

    /// <summary>
    /// The days of a period a unit's records count for: Trấn Biên's 2025 runs from its first day, 1 July,
    /// to 31 December (184 days: 31 + 31 + 30 + 31 + 30 + 31); Quyết Thắng's from 1 January to its last
    /// day, 30 June (181 days: 31 + 28 + 31 + 30 + 31 + 30); a period wholly outside a unit's life has none.
    /// </summary>
    [Fact]
    public void The_days_of_a_period_a_unit_existed_are_clipped_to_its_first_and_last_day()
    {
        var quyetThang = new AdministrativeUnit("26041", UnitKind.Ward, "Phường Quyết Thắng", "Đồng Nai", new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30));
        var tranBien = new AdministrativeUnit("26041", UnitKind.Ward, "Phường Trấn Biên", "Đồng Nai", Reform);
        var year2025 = AssessmentPeriod.OfYear(2025);

        Span(tranBien.DaysIn(year2025)).Should().Be((Reform, new LocalDate(2025, 12, 31)));
        tranBien.DaysIn(year2025)!.Length.Should().Be(184);
        Span(quyetThang.DaysIn(year2025)).Should().Be((new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30)));
        quyetThang.DaysIn(year2025)!.Length.Should().Be(181);
        Span(quyetThang.DaysIn(AssessmentPeriod.OfYear(2024))).Should().Be((new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        tranBien.DaysIn(AssessmentPeriod.Parse("2025-H1")).Should().BeNull();
        quyetThang.DaysIn(AssessmentPeriod.Parse("2025-Q3")).Should().BeNull();
    }

    private static (LocalDate Start, LocalDate End)? Span(DateInterval? days) => days is null ? null : (days.Start, days.End);
}
