using FriendlyGov.Domain;

namespace FriendlyGov.Application;

/// <summary>
/// A request that the workflow does not allow now, such as finalizing an assessment that was not
/// appraised, deciding a conduct observation twice, or publishing a round whose results can no
/// longer be checked. Nothing was changed.
/// </summary>
/// <remarks>
/// Every request, whatever its aggregate (assessments, conduct, plans, rounds), refuses this one
/// way. Where the domain refused, <see cref="Rule"/> names its rule and
/// <see cref="Exception.InnerException"/> is the <see cref="DomainRuleException"/>; a domain
/// failure of any other type is not a refusal and is never turned into this one.
/// </remarks>
public sealed class WorkflowException : Exception
{
    /// <summary>Creates the exception for a refusal the application decides itself.</summary>
    /// <param name="message">What was refused and why, naming the assessment, round or plan.</param>
    public WorkflowException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception for a refusal that stands for other refusals, such as one per unit of a bulk request.</summary>
    /// <param name="message">What was refused and why.</param>
    /// <param name="innerException">The first refusal it stands for, kept for logs; its rule, if it is a <see cref="DomainRuleException"/>, becomes <see cref="Rule"/>.</param>
    public WorkflowException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Rule = (innerException as DomainRuleException)?.Rule;
    }

    /// <summary>Creates the exception from the domain's refusal, with its message, and keeps it as the inner exception.</summary>
    /// <param name="refusal">The domain's refusal.</param>
    public WorkflowException(DomainRuleException refusal)
        : this(Guard.Against.Null(refusal).Message, refusal)
    {
    }

    /// <summary>The domain rule that refused, one of <see cref="DomainRules"/>; null when the application refused on its own.</summary>
    public string? Rule { get; }
}
