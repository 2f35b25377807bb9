using System.Globalization;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Feedback;
using NodaTime;

namespace FriendlyGov.Application.Feedback.RecordFeedback;

/// <summary>
/// Checks <see cref="RecordFeedback"/>: a unit code, a transaction date not after today in
/// Vietnam, a channel, six scores from 1 to 5 and a comment not too long. No problem quotes the
/// comment.
/// </summary>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class RecordFeedbackValidator(IClock clock) : UnitCodeValidator<RecordFeedback>(request => request.UnitCode)
{
    /// <inheritdoc />
    public override IEnumerable<Problem> Validate(RecordFeedback request)
    {
        foreach (var problem in base.Validate(request)) yield return problem;
        var today = VietnamTime.DateAt(clock.GetCurrentInstant());
        if (request.TransactionDate > today)
            yield return new Problem("transactionDate", string.Create(CultureInfo.InvariantCulture, $"{request.TransactionDate:uuuu-MM-dd} is after today ({today:uuuu-MM-dd}): rate a transaction that took place"));
        if (!Enum.IsDefined(request.Channel)) yield return new Problem("channel", $"{(int)request.Channel} is not a feedback channel");
        foreach (var (field, score) in new[]
        {
            ("access", request.Access), ("procedure", request.Procedure), ("official", request.Official),
            ("result", request.Result), ("feedbackHandling", request.FeedbackHandling), ("officeSmile", request.OfficeSmile),
        })
        {
            if (!FeedbackScores.IsScore(score)) yield return new Problem(field, $"{score} is not a score: give a whole number from 1 to 5");
        }

        if (request.Comment is { Length: > CitizenFeedback.MaxCommentLength } comment)
            yield return new Problem("comment", $"has {comment.Length} characters; at most {CitizenFeedback.MaxCommentLength} are accepted");
    }
}
