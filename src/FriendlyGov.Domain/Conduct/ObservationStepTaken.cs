using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>A conduct observation was reported, confirmed, dismissed or reopened.</summary>
/// <param name="ObservationId">The observation.</param>
/// <param name="OfficialCode">The official observed.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Status">The status it now has.</param>
/// <param name="By">Who took the step.</param>
/// <param name="At">When.</param>
public sealed record ObservationStepTaken(Guid ObservationId, string OfficialCode, string RuleId, ObservationStatus Status, string By, Instant At) : IDomainEvent;
