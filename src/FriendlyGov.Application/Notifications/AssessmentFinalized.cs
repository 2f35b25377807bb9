namespace FriendlyGov.Application.Notifications;

/// <summary>Published after an assessment's finalization is saved.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="RoundId">Its round.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="Total">The final total.</param>
/// <param name="Rating">The final rating's code.</param>
public sealed record AssessmentFinalized(Guid AssessmentId, Guid RoundId, string UnitCode, decimal Total, string Rating) : INotification;
