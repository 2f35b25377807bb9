namespace FriendlyGov.Application;

/// <summary>
/// What the current command's handler says about its change, for the audit entry the pipeline
/// writes: the subject (such as <c>assessment/{id}</c>) and a one-sentence summary.
/// </summary>
public sealed class AuditContext
{
    /// <summary>What the command changed, such as <c>assessment/{id}</c>.</summary>
    public string? Subject { get; private set; }

    /// <summary>The change in a sentence.</summary>
    public string? Summary { get; private set; }

    /// <summary>Says what the command changed.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="summary">The change in a sentence.</param>
    public void Record(string subject, string summary)
    {
        Subject = Guard.Against.NullOrWhiteSpace(subject);
        Summary = Guard.Against.NullOrWhiteSpace(summary);
    }
}
