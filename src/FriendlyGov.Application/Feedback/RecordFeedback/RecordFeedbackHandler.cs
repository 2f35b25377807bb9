using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Feedback;
using NodaTime;

namespace FriendlyGov.Application.Feedback.RecordFeedback;

/// <summary>Handles <see cref="RecordFeedback"/>: stores the rating with its comment redacted.</summary>
/// <param name="feedback">Stores the feedback.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary; they never hold the comment.</param>
internal sealed class RecordFeedbackHandler(IRepository<CitizenFeedback> feedback, IClock clock, AuditContext audit) : IRequestHandler<RecordFeedback, FeedbackRecorded>
{
    /// <inheritdoc />
    public async Task<FeedbackRecorded> Handle(RecordFeedback request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var scores = new FeedbackScores(request.Access, request.Procedure, request.Official, request.Result, request.FeedbackHandling, request.OfficeSmile);
        var rating = CitizenFeedback.Record(request.UnitCode, request.TransactionDate, request.Channel, scores, request.Comment, clock.GetCurrentInstant(), out var redaction);
        await feedback.AddAsync(rating, cancellationToken).ConfigureAwait(false);
        var comment = redaction is null
            ? "no comment"
            : $"a comment with {redaction.PhoneNumbers} phone number(s), {redaction.IdNumbers} ID number(s) and {redaction.EmailAddresses} e-mail address(es) removed";
        audit.Record($"feedback/{rating.Id}", $"recorded {rating}, {comment}");
        return new FeedbackRecorded(rating.Id, redaction?.Removed ?? 0);
    }
}
