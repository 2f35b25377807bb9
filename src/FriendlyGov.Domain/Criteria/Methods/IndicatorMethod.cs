using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// How an indicator turns evidence into points: one of the methods of DESIGN.md section 3.
/// </summary>
/// <remarks>
/// Each method validates its own parameters when it is constructed (an invalid method cannot
/// exist) and its own evidence when a unit is scored. Methods are immutable and thread-safe.
/// </remarks>
public abstract class IndicatorMethod
{
    private protected IndicatorMethod()
    {
    }

    /// <summary>The method's kind as written in files: <c>ratio</c>, <c>check</c>, …</summary>
    public abstract string Kind { get; }

    /// <summary>The evidence fields this method reads (besides <c>note</c>, which any evidence may carry).</summary>
    public abstract IReadOnlyList<string> EvidenceFields { get; }

    /// <summary>Whether the method reads recorded evidence; <c>conduct</c> derives its own.</summary>
    public virtual bool TakesEvidence => true;

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
    /// Every problem with <paramref name="evidence"/> for an indicator worth
    /// <paramref name="maxPoints"/>. Paths are relative to the evidence object.
    /// </summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <returns>The problems; empty when the evidence can be scored.</returns>
    public IEnumerable<Problem> CheckEvidence(IndicatorEvidence evidence, decimal maxPoints)
    {
        Guard.Against.Null(evidence);
        foreach (var field in evidence.GivenFields())
        {
            if (field != IndicatorEvidence.NoteField && !EvidenceFields.Contains(field))
                yield return new Problem(field, $"'{field}' is not used by method '{Kind}'; it reads {string.Join(", ", EvidenceFields.Select(f => $"'{f}'"))}");
        }

        foreach (var problem in CheckOwnEvidence(evidence, maxPoints)) yield return problem;
    }

    /// <summary>
    /// The raw (unrounded) points that valid <paramref name="evidence"/> earns, and the working.
    /// </summary>
    /// <param name="evidence">Evidence for which <see cref="CheckEvidence"/> found no problem.</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <returns>The raw points, in [0, <paramref name="maxPoints"/>], and how they were reached.</returns>
    public abstract MethodResult Score(IndicatorEvidence evidence, decimal maxPoints);

    /// <summary>Problems with the fields this method reads. Paths are relative to the evidence object.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <returns>The problems.</returns>
    private protected abstract IEnumerable<Problem> CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints);

    private protected Problem Required(string field) =>
        new(string.Empty, $"'{field}' is required by method '{Kind}'");

    private protected static Problem? Outside(string path, decimal value, decimal low, decimal high) =>
        value < low || value > high
            ? new Problem(path, $"{Figures.Format(value)} is outside [{Figures.Format(low)}, {Figures.Format(high)}]")
            : null;

    private protected static Problem? NotWhole(string path, decimal value, decimal atLeast) =>
        !Figures.IsWhole(value) || value < atLeast
            ? new Problem(path, $"{Figures.Format(value)} is not a whole number ≥ {Figures.Format(atLeast)}")
            : null;

    private protected static InvalidInputException Invalid(params Problem?[] problems) =>
        new(problems.OfType<Problem>());

    private protected static void ThrowIfAny(params Problem?[] problems)
    {
        var found = problems.OfType<Problem>().ToArray();
        if (found.Length > 0) throw new InvalidInputException(found);
    }
}
