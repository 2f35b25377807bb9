using System.Text;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Feedback;

/// <summary>
/// A citizen's anonymous rating of one transaction with a unit (đánh giá sự hài lòng): the date of
/// the transaction, the channel, a score for each <see cref="FeedbackAspect"/> and an optional
/// comment.
/// </summary>
/// <remarks>
/// No personal data is kept: nothing identifies the citizen, and the comment is stored only after
/// <see cref="PersonalDataRedactor"/> has replaced phone numbers, ID numbers and e-mail addresses.
/// The original comment is never kept, and is not in <see cref="ToString"/>.
/// </remarks>
public sealed class CitizenFeedback : AggregateRoot
{
    /// <summary>The longest comment accepted, in characters, before redaction.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>For stores that rebuild the aggregate from its columns.</summary>
    private CitizenFeedback()
    {
        UnitCode = string.Empty;
        Scores = new FeedbackScores(FeedbackScores.Lowest, FeedbackScores.Lowest, FeedbackScores.Lowest, FeedbackScores.Lowest, FeedbackScores.Lowest, FeedbackScores.Lowest);
    }

    private CitizenFeedback(string unitCode, LocalDate transactionDate, FeedbackChannel channel, FeedbackScores scores, string? comment, Instant receivedAt)
    {
        UnitCode = unitCode;
        TransactionDate = transactionDate;
        Channel = channel;
        Scores = scores;
        Comment = comment;
        ReceivedAt = receivedAt;
    }

    /// <summary>The unit the transaction was with.</summary>
    public string UnitCode { get; }

    /// <summary>The date of the transaction, in Vietnam; the feedback counts in the period that holds it.</summary>
    public LocalDate TransactionDate { get; }

    /// <summary>How the rating was given.</summary>
    public FeedbackChannel Channel { get; }

    /// <summary>The scores.</summary>
    public FeedbackScores Scores { get; }

    /// <summary>The comment with personal data removed, or <see langword="null"/> when none was given.</summary>
    public string? Comment { get; }

    /// <summary>When the rating was received, by the clock.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>
    /// Records a rating. The comment is trimmed, normalized to NFC and redacted here, so the
    /// original never reaches the aggregate.
    /// </summary>
    /// <param name="unitCode">The unit: five digits.</param>
    /// <param name="transactionDate">The date of the transaction.</param>
    /// <param name="channel">How the rating was given.</param>
    /// <param name="scores">The scores.</param>
    /// <param name="comment">The citizen's comment, as written; optional, at most <see cref="MaxCommentLength"/> characters.</param>
    /// <param name="receivedAt">When the rating was received.</param>
    /// <param name="redaction">What was removed from the comment; <see langword="null"/> without a comment.</param>
    /// <returns>The feedback.</returns>
    /// <exception cref="ArgumentException">The unit code, channel or comment has another form; the message never quotes the comment.</exception>
    public static CitizenFeedback Record(
        string unitCode, LocalDate transactionDate, FeedbackChannel channel, FeedbackScores scores, string? comment, Instant receivedAt, out RedactedText? redaction)
    {
        if (!AssessedUnit.IsUnitCode(Guard.Against.Null(unitCode))) throw new ArgumentException($"'{unitCode}' is not a unit code.", nameof(unitCode));
        Guard.Against.EnumOutOfRange(channel);
        Guard.Against.Null(scores);
        redaction = null;
        if (!string.IsNullOrWhiteSpace(comment))
        {
            if (comment.Length > MaxCommentLength)
                throw new ArgumentException($"The comment has {comment.Length} characters; at most {MaxCommentLength} are accepted.", nameof(comment));
            redaction = PersonalDataRedactor.Redact(comment.Trim().Normalize(NormalizationForm.FormC));
        }

        return new CitizenFeedback(unitCode, transactionDate, channel, scores, redaction?.Text, receivedAt);
    }

    /// <inheritdoc />
    public override string ToString() => $"feedback for unit {UnitCode} on {TransactionDate:uuuu-MM-dd} via {Channel.ToCode()}";
}
