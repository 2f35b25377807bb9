using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// A method that turns the evidence recorded for its indicator into points, and checks that
/// evidence when a unit is scored.
/// </summary>
public abstract class EvidenceMethod : IndicatorMethod
{
    /// <summary>
    /// Creates the method. An app may add a method of its own (docs/design.md, "How to add…"): a
    /// class that derives from this one and a definition of its JSON form in FriendlyGov.Frameworks.
    /// </summary>
    protected EvidenceMethod()
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
        var problems = new List<Problem>();
        CheckEvidence(evidence, maxPoints, problems);
        return problems;
    }

    /// <summary>
    /// Adds every problem with <paramref name="evidence"/> to <paramref name="problems"/>, allocating
    /// nothing when there is none: the engine checks every entry of every unit it scores.
    /// </summary>
    internal void CheckEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        Guard.Against.Null(evidence);
        Unused(IndicatorEvidence.MetField, evidence.Met is not null, problems);
        Unused(IndicatorEvidence.ItemsField, evidence.Items is not null, problems);
        Unused(IndicatorEvidence.ValueField, evidence.Value is not null, problems);
        Unused(IndicatorEvidence.NumeratorField, evidence.Numerator is not null, problems);
        Unused(IndicatorEvidence.DenominatorField, evidence.Denominator is not null, problems);
        Unused(IndicatorEvidence.CountField, evidence.Count is not null, problems);
        Unused(IndicatorEvidence.ResponsesField, evidence.Responses is not null, problems);
        Unused(IndicatorEvidence.AverageField, evidence.Average is not null, problems);
        Unused(IndicatorEvidence.PointsField, evidence.Points is not null, problems);
        CheckOwnEvidence(evidence, maxPoints, problems);
    }

    private void Unused(string field, bool given, List<Problem> problems)
    {
        if (given && !EvidenceFields.Contains(field))
            problems.Add(new Problem(field, $"'{field}' is not used by method '{Kind}'; it reads {string.Join(", ", EvidenceFields.Select(f => $"'{f}'"))}"));
    }

    /// <summary>
    /// The raw (unrounded) points that valid <paramref name="evidence"/> earns, and the working.
    /// </summary>
    /// <param name="evidence">Evidence for which <see cref="CheckEvidence(IndicatorEvidence, decimal)"/> found no problem.</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <returns>The raw points, in [0, <paramref name="maxPoints"/>], and how they were reached.</returns>
    public abstract MethodResult Score(IndicatorEvidence evidence, decimal maxPoints);

    /// <summary>Problems with the fields this method reads. Paths are relative to the evidence object.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <param name="problems">Where to add them.</param>
    protected abstract void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems);

    /// <summary>The problem of a field this method needs that the evidence lacks.</summary>
    /// <param name="field">The evidence field, such as <c>value</c>.</param>
    /// <returns>The problem.</returns>
    protected Problem Required(string field) =>
        new(string.Empty, $"'{field}' is required by method '{Kind}'");

    /// <summary>The problem of a figure outside [<paramref name="low"/>, <paramref name="high"/>], or <see langword="null"/> when it is inside.</summary>
    /// <param name="path">The field.</param>
    /// <param name="value">The figure.</param>
    /// <param name="low">The least allowed.</param>
    /// <param name="high">The most allowed.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    protected static Problem? Outside(string path, decimal value, decimal low, decimal high) =>
        value < low || value > high
            ? new Problem(path, $"{Figures.Text(value)} is outside [{Figures.Text(low)}, {Figures.Text(high)}]")
            : null;

    /// <summary>The problem of a figure that is not a whole number at least <paramref name="atLeast"/>, or <see langword="null"/>.</summary>
    /// <param name="path">The field.</param>
    /// <param name="value">The figure.</param>
    /// <param name="atLeast">The least allowed.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    protected static Problem? NotWhole(string path, decimal value, decimal atLeast) =>
        !Figures.IsWhole(value) || value < atLeast
            ? new Problem(path, $"{Figures.Text(value)} is not a whole number ≥ {Figures.Text(atLeast)}")
            : null;

    /// <summary>The exception a constructor throws for the problems found (the <see langword="null"/>s left out).</summary>
    /// <param name="problems">The problems, or <see langword="null"/> where a check passed.</param>
    /// <returns>The exception to throw.</returns>
    protected static InvalidInputException Invalid(params Problem?[] problems) =>
        new(problems.OfType<Problem>());

    /// <summary>Throws <see cref="InvalidInputException"/> when any of <paramref name="problems"/> is not <see langword="null"/>: a constructor's checks.</summary>
    /// <param name="problems">The problems, or <see langword="null"/> where a check passed.</param>
    /// <exception cref="InvalidInputException">A problem was found.</exception>
    protected static void ThrowIfAny(params Problem?[] problems)
    {
        var found = problems.OfType<Problem>().ToArray();
        if (found.Length > 0) throw new InvalidInputException(found);
    }
}
