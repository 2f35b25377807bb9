namespace FriendlyGov.Domain.Assessments;

/// <summary>
/// A request that the workflow does not allow now, such as finalizing an assessment that was not
/// appraised, or submitting after a deadline the round enforces. Nothing was changed.
/// </summary>
/// <param name="message">What was refused and why, naming the assessment.</param>
public sealed class WorkflowException(string message) : Exception(message);
