using System.Text.RegularExpressions;

namespace FriendlyGov.Domain.Plans;

/// <summary>
/// A body (cơ quan) named in a coordination plan: a party that signed it, or a body an item's lead
/// coordinates with, known by a short code such as <c>BDV-TU</c>.
/// </summary>
/// <remarks>Bodies are the same body when their codes are equal, compared ordinally; the name is what people read.</remarks>
public sealed partial record PlanBody
{
    /// <summary>Creates a body.</summary>
    /// <param name="code">Letters, digits and inner <c>-</c> or <c>.</c>, such as <c>BDV-TU</c>.</param>
    /// <param name="name">Its name in Vietnamese and English.</param>
    /// <exception cref="ArgumentException">The code has another form.</exception>
    public PlanBody(string code, LocalizedText name)
    {
        Code = IsCode(Guard.Against.Null(code)) ? code : throw new ArgumentException($"'{code}' is not a code: use letters, digits and inner '-' or '.', such as BDV-TU.", nameof(code));
        Name = Guard.Against.Null(name);
    }

    /// <summary>The body's code.</summary>
    public string Code { get; }

    /// <summary>The body's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Whether <paramref name="code"/> has the form of a code of a body, item or milestone.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> for letters, digits and inner <c>-</c> or <c>.</c>, at most 64 characters.</returns>
    public static bool IsCode(string code) => code is { Length: <= 64 } && CodePattern().IsMatch(code);

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Name.Vi})";

    [GeneratedRegex("^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*\\z")]
    private static partial Regex CodePattern();
}
