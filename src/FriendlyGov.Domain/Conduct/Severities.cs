namespace FriendlyGov.Domain.Conduct;

/// <summary>The file codes and default weights of <see cref="Severity"/> values.</summary>
public static class Severities
{
    private static readonly CodeTable<Severity> Codes = new("minor", "serious", "grave");

    /// <summary>Every file code, in the order of <see cref="Severity"/>.</summary>
    public static IReadOnlyList<string> AllCodes => Codes.All;

    /// <summary>The default weights: minor 1, serious 3, grave 10.</summary>
    public static IReadOnlyDictionary<Severity, decimal> DefaultWeights { get; } =
        new Dictionary<Severity, decimal> { [Severity.Minor] = 1m, [Severity.Serious] = 3m, [Severity.Grave] = 10m };

    /// <summary>The file code: <c>minor</c>, <c>serious</c> or <c>grave</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this Severity severity) => Codes.ToCode(severity);

    /// <summary>The severity with a file code.</summary>
    /// <param name="code">A code such as <c>grave</c>.</param>
    /// <param name="severity">The severity, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string code, out Severity severity) => Codes.TryParse(code, out severity);
}
