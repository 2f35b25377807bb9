namespace FriendlyGov.Domain;

/// <summary>
/// The largest figures a framework, a code of conduct and evidence may hold, chosen so that no
/// valid framework scored on valid evidence can leave <see cref="decimal"/>'s range (about
/// ±7.9 × 10²⁸) or divide by zero. Constructors refuse a figure beyond them with a problem naming
/// its place, so a file that breaks them is refused when it is read, never when it is scored.
/// </summary>
/// <remarks>
/// <para>The bounds:</para>
/// <list type="bullet">
/// <item><see cref="MaxPoints"/> (10⁶): an indicator's <c>maxPoints</c>, a checklist item's
/// points, a band's points, <c>perCount</c>, <c>perBreach</c>, a severity's weight, a rating's
/// <c>minPoints</c>, an <c>indicatorBelow</c> cap's points.</item>
/// <item><see cref="MaxValue"/> (10¹²): the magnitude of every other figure: a scale's ends, a
/// band's <c>min</c>, <c>scaleMax</c>, and evidence (<c>value</c>, <c>numerator</c>,
/// <c>denominator</c>, <c>count</c>, <c>average</c>, <c>responses</c>).</item>
/// <item><see cref="MaxDecimals"/> (12): the decimals of a ratio's <c>floor</c> and
/// <c>target</c> and of evidence's <c>numerator</c> and <c>denominator</c>, the two figures
/// whose product is a divisor.</item>
/// </list>
/// <para>Why no valid input can overflow (n ≤ 2³¹ − 1 &lt; 2.2 × 10⁹ is the most items any list
/// holds; every bound below is far under decimal's 7.9 × 10²⁸):</para>
/// <list type="bullet">
/// <item>Sums of maximum points (criterion, group, framework, bonus) and of scored points:
/// n × 10⁶ &lt; 2.2 × 10¹⁵.</item>
/// <item><c>ratio</c>: max × (numerator − floor × denominator) / ((target − floor) × denominator),
/// every factor at most 10¹²: the product is at most 10⁶ × 10¹² = 10¹⁸. The divisor is at least
/// 10⁻¹² × 10⁻¹² = 10⁻²⁴ (each has at most 12 decimals and is above 0), which decimal holds, so it
/// is never rounded to 0.</item>
/// <item><c>scale</c>: max × (Σ responses − low × n) / ((high − low) × n): |Σ| ≤ n × 10¹²,
/// (high − low) × n ≤ 2 × 10¹² × 2.2 × 10⁹ = 4.4 × 10²¹, times max 10⁶ is 4.4 × 10²⁷. The divisor is
/// a whole number ≥ 1.</item>
/// <item><c>deduction</c>: perCount × count ≤ 10⁶ × 10¹² = 10¹⁸. <c>conduct</c>: perBreach × Σ weight
/// ≤ 10⁶ × (2.2 × 10⁹ × 10⁶) = 2.2 × 10²¹.</item>
/// <item><c>import</c>: max × value ≤ 10⁶ × 10¹² = 10¹⁸, divided by <c>scaleMax</c> &gt; 0 with
/// value ≤ scaleMax, so the quotient is at most max. <c>checklist</c> sums items ≤ 10⁶ each;
/// <c>bands</c>, <c>points</c> and <c>check</c> only compare or copy.</item>
/// </list>
/// <para>Real frameworks are far inside: the built-in ones score out of 100 with scales of 1–5.</para>
/// </remarks>
public static class FigureLimits
{
    /// <summary>The most points of any kind a framework or code of conduct names: 1,000,000.</summary>
    public const decimal MaxPoints = 1_000_000m;

    /// <summary>The largest magnitude of any other figure in a framework or in evidence: 10¹² (1,000,000,000,000).</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    /// <summary>The most decimals a ratio's floor and target, and a numerator or denominator, may have: 12.</summary>
    public const int MaxDecimals = 12;

    /// <summary>A problem when <paramref name="points"/> is above <see cref="MaxPoints"/>.</summary>
    /// <param name="path">Where the figure is, as problems name places.</param>
    /// <param name="points">The figure.</param>
    /// <returns>The problem, or <see langword="null"/> within the bound.</returns>
    public static Problem? CheckPoints(string path, decimal points) =>
        Math.Abs(points) > MaxPoints
            ? new Problem(path, $"{Figures.Text(points)} is beyond ±{Figures.Text(MaxPoints)}, the most points FriendlyGov scores (FigureLimits.MaxPoints)")
            : null;

    /// <summary>A problem when <paramref name="value"/> is beyond ±<see cref="MaxValue"/>.</summary>
    /// <param name="path">Where the figure is, as problems name places.</param>
    /// <param name="value">The figure.</param>
    /// <returns>The problem, or <see langword="null"/> within the bound.</returns>
    public static Problem? CheckValue(string path, decimal value) =>
        Math.Abs(value) > MaxValue
            ? new Problem(path, $"{Figures.Text(value)} is beyond ±{Figures.Text(MaxValue)}, the largest figure FriendlyGov scores with (FigureLimits.MaxValue)")
            : null;

    /// <summary>
    /// A problem when <paramref name="value"/> is beyond ±<see cref="MaxValue"/> or has more than
    /// <see cref="MaxDecimals"/> decimals.
    /// </summary>
    /// <param name="path">Where the figure is, as problems name places.</param>
    /// <param name="value">The figure.</param>
    /// <returns>The problem, or <see langword="null"/> within the bounds.</returns>
    public static Problem? CheckPrecise(string path, decimal value) =>
        CheckValue(path, value)
        ?? (Math.Round(value, MaxDecimals) != value
            ? new Problem(path, $"{Figures.Text(value)} has more than {MaxDecimals} decimals (FigureLimits.MaxDecimals)")
            : null);

    /// <summary>Adds each problem that is not <see langword="null"/> to <paramref name="problems"/>.</summary>
    internal static void AddTo(List<Problem> problems, params Problem?[] found)
    {
        foreach (var problem in found)
        {
            if (problem is not null) problems.Add(problem);
        }
    }
}
