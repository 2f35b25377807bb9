namespace FriendlyGov.Domain.Periods;

/// <summary>The length of an assessment period (kỳ đánh giá) that a framework scores.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year, written <c>2024</c>; file code <c>year</c>.</summary>
    Year,

    /// <summary>A half-year, written <c>2024-H1</c>; file code <c>half-year</c>.</summary>
    HalfYear,

    /// <summary>A quarter, written <c>2024-Q2</c>; file code <c>quarter</c>.</summary>
    Quarter,

    /// <summary>A month, written <c>2024-05</c>; file code <c>month</c>.</summary>
    Month,
}
