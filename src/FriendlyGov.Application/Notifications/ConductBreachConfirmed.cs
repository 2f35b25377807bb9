using NodaTime;

namespace FriendlyGov.Application.Notifications;

/// <summary>Published after a conduct observation's confirmation is saved.</summary>
/// <param name="ObservationId">The observation.</param>
/// <param name="OfficialCode">The official.</param>
/// <param name="UnitCode">The unit where it happened.</param>
/// <param name="RuleId">The rule broken.</param>
/// <param name="On">The date of the behaviour.</param>
public sealed record ConductBreachConfirmed(Guid ObservationId, string OfficialCode, string UnitCode, string RuleId, LocalDate On) : INotification;
