namespace FriendlyGov.Domain.Conduct;

/// <summary>The file codes of <see cref="ObservationStatus"/> and <see cref="ObservationSource"/> values.</summary>
public static class ObservationCodes
{
    private static readonly CodeTable<ObservationStatus> Statuses = new("reported", "confirmed", "dismissed");
    private static readonly CodeTable<ObservationSource> Sources = new("citizen-report", "supervisor", "inspection", "self-report");

    /// <summary>Every status code: <c>reported</c>, <c>confirmed</c>, <c>dismissed</c>.</summary>
    public static IReadOnlyList<string> AllStatusCodes => Statuses.All;

    /// <summary>Every source code: <c>citizen-report</c>, <c>supervisor</c>, <c>inspection</c>, <c>self-report</c>.</summary>
    public static IReadOnlyList<string> AllSourceCodes => Sources.All;

    /// <summary>The file code of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this ObservationStatus status) => Statuses.ToCode(status);

    /// <summary>The file code of a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this ObservationSource source) => Sources.ToCode(source);

    /// <summary>The status with a file code.</summary>
    /// <param name="code">A code such as <c>confirmed</c>.</param>
    /// <param name="status">The status, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseStatus(string code, out ObservationStatus status) => Statuses.TryParse(code, out status);

    /// <summary>The source with a file code.</summary>
    /// <param name="code">A code such as <c>inspection</c>.</param>
    /// <param name="source">The source, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseSource(string code, out ObservationSource source) => Sources.TryParse(code, out source);
}
