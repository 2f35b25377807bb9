using NodaTime;

namespace FriendlyGov.Application.Notifications;

/// <summary>Published when a check of deadlines finds a unit that has not submitted its self-assessment in time.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="Deadline">The self-assessment deadline that passed.</param>
public sealed record SelfAssessmentOverdue(Guid RoundId, string UnitCode, LocalDate Deadline) : INotification;
