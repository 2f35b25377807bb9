using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>An official moved to another unit or role.</summary>
/// <param name="OfficialId">The official.</param>
/// <param name="OfficialCode">Their code.</param>
/// <param name="FromUnit">The unit they left.</param>
/// <param name="ToUnit">The unit they joined.</param>
/// <param name="Role">Their new role.</param>
/// <param name="From">The first day of the new posting.</param>
public sealed record OfficialMoved(Guid OfficialId, string OfficialCode, string FromUnit, string ToUnit, OfficialRole Role, LocalDate From) : IDomainEvent
{
    /// <inheritdoc />
    public string By => OfficialCode;

    /// <inheritdoc />
    public Instant At => From.AtStartOfDayInZone(VietnamTime.Zone).ToInstant();
}
