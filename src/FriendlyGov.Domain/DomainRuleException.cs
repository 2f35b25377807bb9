namespace FriendlyGov.Domain;

/// <summary>
/// A business rule of the domain refused a change: an assessment moved out of order, a
/// conduct observation decided twice, a milestone completed again, an official moved back in
/// time. Nothing was changed; the caller may try again once the rule is met.
/// </summary>
/// <remarks>
/// This is the domain's one way to say "not allowed now". It is not a programming error: an
/// <see cref="InvalidOperationException"/> or an <see cref="ArgumentException"/> from the domain
/// still means a bug, and FriendlyGov.Application lets it fail as one. Application turns this
/// exception, and only this one, into its workflow error, keeping it as the inner exception.
/// </remarks>
public sealed class DomainRuleException : Exception
{
    /// <summary>Creates the exception from one problem about the whole change.</summary>
    /// <param name="rule">The rule that refused, one of <see cref="DomainRules"/>.</param>
    /// <param name="message">What was refused and why, naming the aggregate.</param>
    public DomainRuleException(string rule, string message)
        : this(rule, [new Problem(string.Empty, message)])
    {
    }

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="rule">The rule that refused, one of <see cref="DomainRules"/>.</param>
    /// <param name="problems">At least one problem; a path, where there is one, is relative to the change's input.</param>
    public DomainRuleException(string rule, IEnumerable<Problem> problems)
        : this(Guard.Against.NullOrWhiteSpace(rule), Guard.Against.Null(problems).ToArray())
    {
    }

    private DomainRuleException(string rule, Problem[] problems)
        : base(problems.Length == 0
            ? throw new ArgumentException("At least one problem is required.", nameof(problems))
            : string.Join("; ", problems.Select(p => p.ToString())))
    {
        Rule = rule;
        Problems = problems;
    }

    /// <summary>The rule that refused, such as <see cref="DomainRules.AssessmentWorkflow"/>.</summary>
    public string Rule { get; }

    /// <summary>Every problem, in the order found; the message joins them with <c>"; "</c>.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
