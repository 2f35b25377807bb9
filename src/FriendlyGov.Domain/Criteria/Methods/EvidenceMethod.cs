using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// A method that turns the evidence recorded for its indicator into points, and checks that
/// evidence when a unit is scored.
/// </summary>
public abstract class EvidenceMethod : IndicatorMethod
{
    private protected EvidenceMethod()
    {
    }

    /// <summary>The evidence fields this method reads (besides <c>note</c>, which any evidence may carry).</summary>
    public abstract IReadOnlyList<string> EvidenceFields { get; }

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
