using System.Globalization;
using System.Text;
using FriendlyGov.Domain.Feedback;
using NodaTime;

namespace FriendlyGov.Application.Feedback.RecordFeedback;

/// <summary>Records a citizen's anonymous rating of one transaction with a unit.</summary>
/// <remarks>
/// Who may send it: a feedback collector (<see cref="Ports.ActorRole.FeedbackCollector"/>) of the
/// unit's province, or of that unit (rule <c>feedback-collector-in-scope</c>): the kiosk, QR
/// page or portal that forwards the rating, or the clerk typing in paper forms.
/// What it changes: adds a <see cref="CitizenFeedback"/>; its comment is stored only after phone
/// numbers, ID numbers and e-mail addresses are replaced by placeholders
/// (<see cref="PersonalDataRedactor"/>). The original comment is never stored, audited, logged
/// or put in an error message, and <see cref="ToString"/> leaves it out.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="UnitCode">The unit the transaction was with: the one with this code that existed on <see cref="TransactionDate"/>.</param>
/// <param name="TransactionDate">The date of the transaction, in Vietnam; not after today.</param>
/// <param name="Channel">How the rating was given.</param>
/// <param name="Access">Access to the service, 1 to 5.</param>
/// <param name="Procedure">The procedure, 1 to 5.</param>
/// <param name="Official">The official who served, 1 to 5.</param>
/// <param name="Result">The result, 1 to 5.</param>
/// <param name="FeedbackHandling">The handling of feedback, 1 to 5.</param>
/// <param name="OfficeSmile">"Office smile" (Nụ cười công sở), 1 to 5.</param>
/// <param name="Comment">The citizen's comment, as written; optional, at most <see cref="CitizenFeedback.MaxCommentLength"/> characters.</param>
public sealed record RecordFeedback(
    Guid RequestId,
    string UnitCode,
    LocalDate TransactionDate,
    FeedbackChannel Channel,
    int Access,
    int Procedure,
    int Official,
    int Result,
    int FeedbackHandling,
    int OfficeSmile,
    string? Comment = null) : ICommand<FeedbackRecorded>
{
    // A record prints every property; the comment may hold personal data, so only its length is printed.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"RequestId = {RequestId}, UnitCode = {UnitCode}, TransactionDate = {TransactionDate:uuuu-MM-dd}, Channel = {Channel}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Access = {Access}, Procedure = {Procedure}, Official = {Official}, Result = {Result}, FeedbackHandling = {FeedbackHandling}, OfficeSmile = {OfficeSmile}, ");
        builder.Append(Comment is null ? "Comment = null" : string.Create(CultureInfo.InvariantCulture, $"Comment = (withheld, {Comment.Length} characters)"));
        return true;
    }
}
