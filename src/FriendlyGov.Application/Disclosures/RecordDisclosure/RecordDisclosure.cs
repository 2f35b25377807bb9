using FriendlyGov.Domain.Disclosures;
using NodaTime;

namespace FriendlyGov.Application.Disclosures.RecordDisclosure;

/// <summary>Records that a unit made an item of the disclosure catalogue public on one channel (công khai thông tin).</summary>
/// <remarks>
/// Who may send it: the unit's officer, or a province administrator of its province.
/// What it changes: adds the disclosure, against the catalogue of
/// <see cref="FriendlyGovOptions.DisclosureCatalogue"/>. The posting must have started by today
/// in Vietnam. Recording is idempotent by key: the same unit, item, occasion, channel and first
/// day already recorded returns that disclosure's id, and nothing is added.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="UnitCode">The unit: the one with this code that existed on <see cref="PostedFrom"/>.</param>
/// <param name="ItemId">The catalogue item.</param>
/// <param name="Occasion">For an item due some days after an event, the event's date (such as the document's issue date); for a yearly item, any day of the year concerned.</param>
/// <param name="Channel">The channel.</param>
/// <param name="PostedFrom">The first day public; not after today.</param>
/// <param name="PostedUntil">The last day public; <see langword="null"/> while it stays up.</param>
public sealed record RecordDisclosure(
    Guid RequestId,
    string UnitCode,
    string ItemId,
    LocalDate Occasion,
    DisclosureChannel Channel,
    LocalDate PostedFrom,
    LocalDate? PostedUntil = null) : ICommand<Guid>;
