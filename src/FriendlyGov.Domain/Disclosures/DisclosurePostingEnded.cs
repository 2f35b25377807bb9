using NodaTime;

namespace FriendlyGov.Domain.Disclosures;

/// <summary>A disclosure's posting was taken down.</summary>
/// <param name="DisclosureId">The disclosure.</param>
/// <param name="PostedUntil">The last day it was public.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record DisclosurePostingEnded(Guid DisclosureId, LocalDate PostedUntil, string By, Instant At) : IDomainEvent;
