using System.Text;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Units;

/// <summary>
/// A commune-level administrative unit (đơn vị hành chính cấp xã) as registered for assessment:
/// its official code, kind, name, province, district (before 1 July 2025) and the dates it existed.
/// </summary>
/// <remarks>
/// Units merge and split: the 2025 reform replaced 10,597 units with 3,321. A unit's
/// <see cref="ExistedFrom"/> and <see cref="ExistedUntil"/> say when it could be assessed, so
/// historical assessments stay readable after the map changes. A unit is identified by its code
/// <em>and</em> <see cref="ExistedFrom"/> (or its <see cref="AggregateRoot.Id"/>): after the reform a
/// code may name a different unit, and two forms of one code never overlap in time. It names its
/// <see cref="Predecessors"/> and <see cref="Successors"/> with the day and kind of each change.
/// </remarks>
public sealed class AdministrativeUnit : AggregateRoot
{
    private List<UnitChange> _predecessors = [];
    private List<UnitChange> _successors = [];

    private AdministrativeUnit()
    {
        Code = Name = Province = string.Empty;
    }

    /// <summary>Registers a unit.</summary>
    /// <param name="code">The official five-digit code.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The official name, normalized to NFC.</param>
    /// <param name="province">The province's short name, normalized to NFC.</param>
    /// <param name="existedFrom">The first day the unit existed in this form.</param>
    /// <param name="existedUntil">The last day, or <see langword="null"/> while it exists.</param>
    /// <param name="district">The district's name, for units before 1 July 2025.</param>
    /// <exception cref="ArgumentException">The code is not five digits, a name is blank, or the dates are reversed.</exception>
    public AdministrativeUnit(string code, UnitKind kind, string name, string province, LocalDate existedFrom, LocalDate? existedUntil = null, string? district = null)
    {
        Code = AssessedUnit.IsUnitCode(Guard.Against.Null(code)) ? code : throw new ArgumentException($"'{code}' is not a unit code: five digits, such as 25996.", nameof(code));
        Kind = Guard.Against.EnumOutOfRange(kind);
        Name = Guard.Against.NullOrWhiteSpace(name).Trim().Normalize(NormalizationForm.FormC);
        Province = Guard.Against.NullOrWhiteSpace(province).Trim().Normalize(NormalizationForm.FormC);
        District = string.IsNullOrWhiteSpace(district) ? null : district.Trim().Normalize(NormalizationForm.FormC);
        if (existedUntil is { } until && until < existedFrom)
            throw new ArgumentException($"Unit {code} cannot end on {until:uuuu-MM-dd}, before it began on {existedFrom:uuuu-MM-dd}.", nameof(existedUntil));
        ExistedFrom = existedFrom;
        ExistedUntil = existedUntil;
    }

    /// <summary>The official five-digit code (mã đơn vị hành chính).</summary>
    public string Code { get; private set; }

    /// <summary>The kind of unit.</summary>
    public UnitKind Kind { get; private set; }

    /// <summary>The official name, NFC.</summary>
    public string Name { get; private set; }

    /// <summary>The province's short name, NFC.</summary>
    public string Province { get; private set; }

    /// <summary>The district's name, for units before 1 July 2025.</summary>
    public string? District { get; private set; }

    /// <summary>The first day the unit existed in this form.</summary>
    public LocalDate ExistedFrom { get; private set; }

    /// <summary>The last day it existed, or <see langword="null"/> while it exists.</summary>
    public LocalDate? ExistedUntil { get; private set; }

    /// <summary>The units this one was formed from, ordered by code, each with the day and kind of the change; empty when none is recorded.</summary>
    public IReadOnlyList<UnitChange> Predecessors => _predecessors;

    /// <summary>The units this one became, ordered by code, each with the day and kind of the change; empty when none is recorded.</summary>
    public IReadOnlyList<UnitChange> Successors => _successors;

    /// <summary>The unit as messages name it: its code, name and first day, such as <c>26041 Phường Trấn Biên (from 2025-07-01)</c>.</summary>
    public string Label => $"{Code} {Name} (from {ExistedFrom:uuuu-MM-dd})";

    /// <summary>Whether the unit existed on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> from <see cref="ExistedFrom"/> to <see cref="ExistedUntil"/>, both included.</returns>
    public bool ExistedOn(LocalDate date) => ExistedThroughout(date, date);

    /// <summary>Ends a unit still in existence on <paramref name="lastDay"/>, because its code took a new form the next day.</summary>
    /// <param name="lastDay">Its last day.</param>
    /// <exception cref="InvalidInputException">The unit has already ended, or <paramref name="lastDay"/> is before it began.</exception>
    public void EndOn(LocalDate lastDay)
    {
        if (ExistedUntil is { } until)
            throw new InvalidInputException([new Problem("existedUntil", $"unit {Label} already ended on {until:uuuu-MM-dd}")]);
        if (lastDay < ExistedFrom)
            throw new InvalidInputException([new Problem("existedUntil", $"unit {Label} cannot end on {lastDay:uuuu-MM-dd}, before it began")]);
        ExistedUntil = lastDay;
    }

    /// <summary>
    /// Records that <paramref name="predecessor"/> became, whole or in part, <paramref name="successor"/>
    /// on the successor's first day; both units then name each other. Recording a pair again
    /// replaces its kind.
    /// </summary>
    /// <param name="predecessor">The older unit; it must have ended before the successor began.</param>
    /// <param name="successor">The newer unit.</param>
    /// <param name="kind">What happened to the predecessor.</param>
    /// <exception cref="InvalidInputException">The predecessor had not ended before the successor began.</exception>
    public static void RecordSuccession(AdministrativeUnit predecessor, AdministrativeUnit successor, UnitChangeKind kind)
    {
        Guard.Against.Null(predecessor);
        Guard.Against.Null(successor);
        Guard.Against.EnumOutOfRange(kind);
        if (predecessor.ExistedUntil is not { } until || until >= successor.ExistedFrom)
            throw new InvalidInputException([new Problem("predecessor", $"unit {predecessor.Label} did not end before {successor.Label} began, so it cannot be its predecessor")]);
        var on = successor.ExistedFrom;
        Link(successor._predecessors, new UnitChange(predecessor.Code, predecessor.ExistedFrom, predecessor.Name, on, kind));
        Link(predecessor._successors, new UnitChange(successor.Code, successor.ExistedFrom, successor.Name, on, kind));
    }

    /// <summary>Whether the unit existed on every day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns><see langword="true"/> when the range lies within the unit's existence.</returns>
    public bool ExistedThroughout(LocalDate start, LocalDate end) =>
        ExistedFrom <= start && (ExistedUntil is null || ExistedUntil >= end);

    /// <summary>Whether the unit can be assessed for a period: it existed on the period's last day, from the period's first day or from a day inside it.</summary>
    /// <param name="start">The period's first day.</param>
    /// <param name="end">The period's last day.</param>
    /// <returns>
    /// <see langword="true"/> when the unit existed on <paramref name="end"/>. A unit formed during the
    /// period (a unit of 1 July 2025, assessed for 2025) is assessed for the whole period, for the
    /// territory it took over; a unit that ended during the period is not. Of the units that ever had
    /// one code, at most one qualifies, since their lifetimes never overlap.
    /// </returns>
    public bool AssessableFor(LocalDate start, LocalDate end) => start <= end && ExistedOn(end);

    /// <summary>
    /// The part of <paramref name="period"/> the unit existed: the days records dated then, under its
    /// code, are its own, and the only days measured data count for it.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>
    /// From the later of the period's first day and <see cref="ExistedFrom"/> to the earlier of the
    /// period's last day and <see cref="ExistedUntil"/>, both included; <see langword="null"/> when the
    /// unit did not exist on any day of the period. A unit of 1 July 2025 in the period 2025 gives
    /// 2025-07-01 to 2025-12-31: ratings recorded under its code on 2025-03-01 belonged to the
    /// unit that had the code before it.
    /// </returns>
    public DateInterval? DaysIn(AssessmentPeriod period)
    {
        Guard.Against.Null(period);
        var start = LocalDate.Max(period.Start, ExistedFrom);
        var end = ExistedUntil is { } until ? LocalDate.Min(period.End, until) : period.End;
        return start <= end ? new DateInterval(start, end) : null;
    }

    /// <summary>The unit as scorecards name it.</summary>
    /// <returns>Its code, name, kind and province.</returns>
    public AssessedUnit ToAssessedUnit() => new(Code, Name, Kind, Province);

    private static void Link(List<UnitChange> changes, UnitChange change)
    {
        changes.RemoveAll(c => c.Code == change.Code && c.ExistedFrom == change.ExistedFrom);
        changes.Add(change);
        changes.Sort((a, b) => (string.CompareOrdinal(a.Code, b.Code), a.ExistedFrom.CompareTo(b.ExistedFrom)) switch
        {
            (0, var byDate) => byDate,
            (var byCode, _) => byCode,
        });
    }
}
