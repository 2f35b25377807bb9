using FriendlyGov.Domain;

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

    /// <summary>The longest summary kept, in characters; a longer one is cut and says its length.</summary>
    public const int MaxSummaryLength = 2000;

    /// <summary>
    /// Says what the command changed. Outside text in either (a file name, a title) is made
    /// printable first (<see cref="MessageText.Printable"/>): a control character is written as
    /// <c>\u000A</c>, so that no value can forge a second line in the trail or in a terminal that
    /// shows it, and an over-long summary is cut.
    /// </summary>
    /// <param name="subject">The subject.</param>
    /// <param name="summary">The change in a sentence.</param>
    public void Record(string subject, string summary)
    {
        Subject = MessageText.Printable(Guard.Against.NullOrWhiteSpace(subject), MaxSummaryLength);
        Summary = MessageText.Printable(Guard.Against.NullOrWhiteSpace(summary), MaxSummaryLength);
    }
}
