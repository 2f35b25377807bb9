using System.Text;
using System.Text.RegularExpressions;

namespace FriendlyGov.Domain.Units;

/// <summary>The commune-level unit that a piece of evidence or a scorecard is about.</summary>
/// <remarks>
/// The code is the official code of the General Statistics Office (mã đơn vị hành chính), five
/// digits kept as text with its leading zeros. Names are normalized to NFC, so a name typed
/// decomposed compares equal to the same name typed composed.
/// </remarks>
public sealed partial record AssessedUnit
{
    /// <summary>Creates a unit reference.</summary>
    /// <param name="code">The official five-digit code, such as <c>25996</c>.</param>
    /// <param name="name">The full official name with its prefix, such as <c>Phường Tân Phong</c>.</param>
    /// <param name="kind">The kind of unit.</param>
    /// <param name="province">The province's short name, such as <c>Đồng Nai</c>, if known.</param>
    /// <exception cref="ArgumentException">The code is not five digits or the name is blank.</exception>
    public AssessedUnit(string code, string name, UnitKind kind, string? province = null)
    {
        Code = IsUnitCode(Guard.Against.Null(code))
            ? code
            : throw new ArgumentException($"'{code}' is not a unit code: a unit code is five digits, such as 25996.", nameof(code));
        Name = Guard.Against.NullOrWhiteSpace(name).Trim().Normalize(NormalizationForm.FormC);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Province = string.IsNullOrWhiteSpace(province) ? null : province.Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The official five-digit code.</summary>
    public string Code { get; }

    /// <summary>The official name, NFC.</summary>
    public string Name { get; }

    /// <summary>The kind of unit.</summary>
    public UnitKind Kind { get; }

    /// <summary>The province's short name, NFC, if known.</summary>
    public string? Province { get; }

    /// <summary>Whether <paramref name="code"/> has the form of a unit code (five digits).</summary>
    /// <param name="code">The text to check.</param>
    /// <returns><see langword="true"/> for five ASCII digits.</returns>
    public static bool IsUnitCode(string code) => UnitCodePattern().IsMatch(code);

    [GeneratedRegex("^[0-9]{5}\\z")]
    private static partial Regex UnitCodePattern();
}
