using NodaTime;

namespace FriendlyGov.Domain.Disclosures;

/// <summary>A disclosure was recorded.</summary>
/// <param name="DisclosureId">The disclosure.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="ItemId">The catalogue item.</param>
/// <param name="Channel">The channel.</param>
/// <param name="PostedFrom">The first day public.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record DisclosureRecorded(Guid DisclosureId, string UnitCode, string ItemId, DisclosureChannel Channel, LocalDate PostedFrom, string By, Instant At) : IDomainEvent;
