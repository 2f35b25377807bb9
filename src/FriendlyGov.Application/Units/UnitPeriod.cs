using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Units;

/// <summary>
/// One unit's recorded data over a period: the records filed under its code on the days it existed
/// in the period (<see cref="AdministrativeUnit.DaysIn"/>), never those of another unit that had
/// the code before or after it. Measurers and summaries take their records through it alone.
/// </summary>
internal sealed class UnitPeriod
{
    /// <summary>The unit, over the part of the period it existed.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period.</param>
    /// <exception cref="ArgumentException">The unit did not exist on any day of the period; callers resolve the unit on a day of it.</exception>
    public UnitPeriod(AdministrativeUnit unit, AssessmentPeriod period)
    {
        Unit = Guard.Against.Null(unit);
        Period = Guard.Against.Null(period);
        Days = unit.DaysIn(period) ?? throw new ArgumentException($"Unit {unit.Label} did not exist in {period}.", nameof(unit));
    }

    /// <summary>The unit.</summary>
    public AdministrativeUnit Unit { get; }

    /// <summary>The unit's code, under which its records are filed.</summary>
    public string Code => Unit.Code;

    /// <summary>The period asked about.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>The days of the period the unit existed: the whole period, or from its first day for a unit formed during it.</summary>
    public DateInterval Days { get; }

    /// <summary>What the records are told apart by in a cache of one request: the unit (code and first day) and the period.</summary>
    public (string Code, LocalDate ExistedFrom, AssessmentPeriod Period) Key => (Unit.Code, Unit.ExistedFrom, Period);

    /// <summary>Whether a record filed under the code on <paramref name="day"/> is this unit's: the unit existed that day.</summary>
    /// <param name="day">The record's day.</param>
    /// <returns><see langword="true"/> within the unit's lifetime, whatever the period.</returns>
    public bool Owns(LocalDate day) => Unit.ExistedOn(day);

    /// <summary>Where figures come from, for provenance: <c>unit 26041, period 2025</c>, and the days counted when the unit existed for part of the period only.</summary>
    public LocalizedText Where => Days.Start == Period.Start && Days.End == Period.End
        ? new($"đơn vị {Code}, kỳ {Period}", $"unit {Code}, period {Period}")
        : new(
            $"đơn vị {Code}, kỳ {Period}, chỉ tính từ {Days.Start:uuuu-MM-dd} đến {Days.End:uuuu-MM-dd}, khi đơn vị tồn tại",
            $"unit {Code}, period {Period}, counted from {Days.Start:uuuu-MM-dd} to {Days.End:uuuu-MM-dd}, while the unit existed");
}
