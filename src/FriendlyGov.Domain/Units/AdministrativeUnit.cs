using System.Text;
using NodaTime;

namespace FriendlyGov.Domain.Units;

/// <summary>
/// A commune-level administrative unit (đơn vị hành chính cấp xã) as registered for assessment:
/// its official code, kind, name, province, district (before 1 July 2025) and the dates it existed.
/// </summary>
/// <remarks>
/// Units merge and split: the 2025 reform replaced 10,597 units with 3,321. A unit's
/// <see cref="ExistedFrom"/> and <see cref="ExistedUntil"/> say when it could be assessed, so
/// historical assessments stay readable after the map changes.
/// </remarks>
public sealed class AdministrativeUnit : AggregateRoot
{
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

    /// <summary>Whether the unit existed on every day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns><see langword="true"/> when the range lies within the unit's existence.</returns>
    public bool ExistedThroughout(LocalDate start, LocalDate end) =>
        ExistedFrom <= start && (ExistedUntil is null || ExistedUntil >= end);

    /// <summary>The unit as scorecards name it.</summary>
    /// <returns>Its code, name, kind and province.</returns>
    public AssessedUnit ToAssessedUnit() => new(Code, Name, Kind, Province);
}
