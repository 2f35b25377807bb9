namespace FriendlyGov.Application.Feedback.RecordFeedback;

/// <summary>What recording a rating did.</summary>
/// <param name="FeedbackId">The new feedback's id.</param>
/// <param name="Redacted">How many items of personal data were removed from its comment.</param>
public sealed record FeedbackRecorded(Guid FeedbackId, int Redacted);
