using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace FriendlyGov.Domain.Periods;

/// <summary>
/// An assessment period (kỳ đánh giá): a calendar year, half-year, quarter or month, as a range
/// of local dates in Asia/Ho_Chi_Minh.
/// </summary>
/// <remarks>
/// Written <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>. Equality is by kind and
/// position, so <c>2024-Q1</c> and <c>2024-01</c> are different periods even though they start on
/// the same day.
/// </remarks>
public sealed partial record AssessmentPeriod
{
    private AssessmentPeriod(PeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
    }

    /// <summary>The length of the period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The calendar year the period lies in.</summary>
    public int Year { get; }

    /// <summary>Which half-year, quarter or month of the year (1 for a year).</summary>
    public int Number { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => new(Year, 1 + ((Number - 1) * MonthsLong), 1);

    /// <summary>The last day of the period.</summary>
    public LocalDate End
    {
        get
        {
            var lastMonth = Number * MonthsLong;
            return new LocalDate(Year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(Year, lastMonth));
        }
    }

    private int MonthsLong => Kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.HalfYear => 6,
        PeriodKind.Quarter => 3,
        _ => 1,
    };

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <returns>The period.</returns>
    public static AssessmentPeriod OfYear(int year) => Of(PeriodKind.Year, year, 1);

    /// <summary>A period of a given kind.</summary>
    /// <param name="kind">The length of the period.</param>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="number">1 for a year; 1–2 for a half-year; 1–4 for a quarter; 1–12 for a month.</param>
    /// <returns>The period.</returns>
    public static AssessmentPeriod Of(PeriodKind kind, int year, int number)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9999);
        var count = kind switch { PeriodKind.Year => 1, PeriodKind.HalfYear => 2, PeriodKind.Quarter => 4, _ => 12 };
        Guard.Against.OutOfRange(number, nameof(number), 1, count);
        return new AssessmentPeriod(kind, year, number);
    }

    /// <summary>Reads a period written as <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(string text, out AssessmentPeriod? period)
    {
        period = null;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (kind, number) = match.Groups["half"].Success ? (PeriodKind.HalfYear, match.Groups["half"].Value)
            : match.Groups["quarter"].Success ? (PeriodKind.Quarter, match.Groups["quarter"].Value)
            : match.Groups["month"].Success ? (PeriodKind.Month, match.Groups["month"].Value)
            : (PeriodKind.Year, "1");
        var n = int.Parse(number, CultureInfo.InvariantCulture);
        if (kind == PeriodKind.Month && n is < 1 or > 12) return false;
        period = new AssessmentPeriod(kind, year, n);
        return true;
    }

    /// <summary>Reads a period; see <see cref="TryParse"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static AssessmentPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period!
            : throw new FormatException($"'{text}' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05.");

    /// <summary>The period of the same kind just before this one: 2023 before 2024, 2023-Q4 before 2024-Q1.</summary>
    /// <returns>The previous period.</returns>
    public AssessmentPeriod Previous()
    {
        var count = Kind switch { PeriodKind.Year => 1, PeriodKind.HalfYear => 2, PeriodKind.Quarter => 4, _ => 12 };
        return Number > 1 ? Of(Kind, Year, Number - 1) : Of(Kind, Year - 1, count);
    }

    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">A local date in Asia/Ho_Chi_Minh.</param>
    /// <returns><see langword="true"/> from <see cref="Start"/> to <see cref="End"/> inclusive.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The period as written in files: <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.HalfYear => $"{Year:D4}-H{Number}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        _ => $"{Year:D4}-{Number:D2}",
    };

    [GeneratedRegex("^(?<year>(19|[2-9][0-9])[0-9]{2})(-H(?<half>[12])|-Q(?<quarter>[1-4])|-(?<month>[0-9]{2}))?\\z")]
    private static partial Regex Pattern();
}
