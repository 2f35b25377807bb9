using System.Text;
using System.Text.RegularExpressions;

namespace FriendlyGov.Domain.Feedback;

/// <summary>
/// Removes the personal data a citizen may write into a comment: Vietnamese phone numbers,
/// citizen ID numbers and e-mail addresses, each replaced by a placeholder.
/// </summary>
/// <remarks>
/// <para>Placeholders: <c>[số điện thoại]</c> (phone number), <c>[số định danh]</c> (ID number),
/// <c>[email]</c>.</para>
/// <para>Taken for a phone number: a mobile number of ten digits beginning <c>03</c>, <c>05</c>,
/// <c>07</c>, <c>08</c> or <c>09</c> (<c>0912345678</c>, <c>091 234 5678</c>,
/// <c>0912.345.678</c>, <c>0912-345-678</c>); a landline of eleven digits beginning <c>02</c>
/// (<c>0251 3822 123</c>, <c>(024) 3825 1234</c>); either with the country code <c>+84</c>,
/// <c>(+84)</c> or <c>84</c> instead of the leading 0 (<c>+84 912 345 678</c>,
/// <c>84912345678</c>). A single space, dot or hyphen may stand between any two digits.</para>
/// <para>Taken for an ID number: twelve digits (the chip-based citizen ID, CCCD, or personal
/// identification number), which may be grouped by single spaces or dots, or by hyphens in
/// groups of four or of three (<c>0790-9500-1234</c>, <c>079-095-001-234</c>); or nine digits
/// (the old identity card, CMND) written without separators or in groups of three with spaces or
/// hyphens (<c>271 234 567</c>), unless a currency (<c>đồng</c>, <c>đ</c>, <c>VNĐ</c>,
/// <c>VND</c>) follows.</para>
/// <para>Left as they are: figures written with thousands separators and no leading zero
/// (<c>1.500.000 đồng</c>, <c>500.000.000.000</c>), dates (<c>02/05/2024</c>,
/// <c>2024-05-02</c>, <c>02.05.2024</c>), dossier codes (<c>000.00.25.H19-240502-0001</c>:
/// its <c>19-240502-0001</c> holds twelve digits joined by hyphens, which is why ID numbers may
/// not be grouped with hyphens), and digits that are part of a longer run of digits. A number
/// preceded by a digit and a separator belongs to what comes before it and is not taken on its
/// own; a letter before a number does not protect it (<c>SĐT0912345678</c> is removed). The
/// rules err on the side of removing: a bare run of nine or twelve digits is removed even when
/// it was something else.</para>
/// <para>The redactor is pure and thread-safe. Text is normalized to NFC first.</para>
/// </remarks>
public static partial class PersonalDataRedactor
{
    /// <summary>What stands for a removed phone number.</summary>
    public const string PhonePlaceholder = "[số điện thoại]";

    /// <summary>What stands for a removed citizen ID number (CCCD or CMND).</summary>
    public const string IdNumberPlaceholder = "[số định danh]";

    /// <summary>What stands for a removed e-mail address.</summary>
    public const string EmailPlaceholder = "[email]";

    /// <summary>The text with personal data replaced by placeholders, and what was removed.</summary>
    /// <param name="text">A citizen's text.</param>
    /// <returns>The redacted text and the counts of what was removed.</returns>
    public static RedactedText Redact(string text)
    {
        Guard.Against.Null(text);
        int phones = 0, ids = 0, emails = 0;
        var redacted = PersonalData().Replace(text.Normalize(NormalizationForm.FormC), match =>
        {
            if (match.Groups["email"].Success)
            {
                emails++;
                return EmailPlaceholder;
            }

            if (ThousandsFigure().IsMatch(match.Value)) return match.Value;
            if (match.Groups["phone"].Success)
            {
                phones++;
                return PhonePlaceholder;
            }

            ids++;
            return IdNumberPlaceholder;
        });
        return new RedactedText(redacted, phones, ids, emails);
    }

    // One pass, leftmost match first; at one position phone numbers are tried before ID numbers.
    [GeneratedRegex(
        """
        (?<email>[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)*\.\p{L}{2,})
        |
        (?<![\p{N}_])(?<!\p{N}[.,\-/:])
        (
          (?<phone>(\(\+84\)|\+84|(?<!\+)84)[ .\-]?([35789]([ .\-]?\d){8}|2([ .\-]?\d){9}))
          |
          (?<phone>\(?0[ .\-]?2([ .\-)]{0,2}\d){9})
          |
          (?<phone>0[35789]([ .\-]?\d){8})
          |
          (?<id>\d([ .]?\d){11})
          |
          (?<id>\d{4}(-\d{4}){2}|\d{3}(-\d{3}){3})
          |
          (?<id>\d{3}([ \-]\d{3}){2}(?!\s*(đồng|đ|vnđ|vnd)(?![\p{L}\p{N}])))
          |
          (?<id>\d{9}(?!\s*(đồng|đ|vnđ|vnd)(?![\p{L}\p{N}])))
        )
        (?![\p{N}_])(?![.,\-/]\p{N})
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PersonalData();

    [GeneratedRegex(@"^[1-9]\d{0,2}([.,]\d{3})+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsFigure();
}
