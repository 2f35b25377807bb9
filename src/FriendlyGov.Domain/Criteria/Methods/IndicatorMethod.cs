namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// How an indicator earns its points: one of the methods of DESIGN.md section 3. Most read
/// recorded evidence (<see cref="EvidenceMethod"/>); <see cref="ConductMethod"/> derives its
/// points from the unit's conduct breaches.
/// </summary>
/// <remarks>
/// Each method validates its own parameters when it is constructed: an invalid method cannot
/// exist. Methods are immutable and thread-safe.
/// </remarks>
public abstract class IndicatorMethod
{
    private protected IndicatorMethod()
    {
    }

    /// <summary>The method's kind as written in files: <c>ratio</c>, <c>check</c>, …</summary>
    public abstract string Kind { get; }

    /// <summary>A short bilingual description of the method and its parameters, for people.</summary>
    /// <returns>Such as "ratio, floor 0.5, target 0.95".</returns>
    public abstract LocalizedText Describe();

    /// <summary>
    /// Problems with this method on an indicator worth <paramref name="maxPoints"/> (a checklist
    /// whose items do not add up, a band worth more than the maximum). Paths are relative to the method.
    /// </summary>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <returns>The problems; empty when the method fits.</returns>
    public virtual IEnumerable<Problem> CheckFits(decimal maxPoints) => [];

    /// <summary>
    /// Problems with this method in <paramref name="framework"/>, such as a conduct rule the
    /// framework's code of conduct does not have. Paths are relative to the method.
    /// </summary>
    /// <param name="framework">The framework the method's indicator belongs to.</param>
    /// <returns>The problems; empty when the method fits.</returns>
    public virtual IEnumerable<Problem> CheckFits(FrameworkOutline framework) => [];
}
