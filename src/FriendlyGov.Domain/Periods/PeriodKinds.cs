namespace FriendlyGov.Domain.Periods;

/// <summary>The file codes of <see cref="PeriodKind"/> values.</summary>
public static class PeriodKinds
{
    private static readonly CodeTable<PeriodKind> Codes = new("year", "half-year", "quarter", "month");
    private static readonly string[] Examples = ["2024", "2024-H1", "2024-Q2", "2024-05"];

    /// <summary>Every file code, in the order of <see cref="PeriodKind"/>.</summary>
    public static IReadOnlyList<string> AllCodes => Codes.All;

    /// <summary>The file code: <c>year</c>, <c>half-year</c>, <c>quarter</c> or <c>month</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this PeriodKind kind) => Codes.ToCode(kind);

    /// <summary>An example of how a period of this kind is written, such as <c>2024-Q2</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>An example period.</returns>
    public static string Example(this PeriodKind kind) => Examples[(int)Guard.Against.EnumOutOfRange(kind)];

    /// <summary>The kind with a file code.</summary>
    /// <param name="code">A code such as <c>quarter</c>.</param>
    /// <param name="kind">The kind, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string code, out PeriodKind kind) => Codes.TryParse(code, out kind);
}
