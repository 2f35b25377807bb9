namespace FriendlyGov.Domain.Assessments;

/// <summary>
/// A request that the workflow does not allow now, such as finalizing an assessment that was not
/// appraised, or submitting after a deadline the round enforces. Nothing was changed.
/// </summary>
public sealed class WorkflowException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and why, naming the assessment.</param>
    public WorkflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception from the domain's refusal it stands for.</summary>
    /// <param name="message">What was refused and why, naming the assessment.</param>
    /// <param name="innerException">The domain's own refusal, kept for logs.</param>
    public WorkflowException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
