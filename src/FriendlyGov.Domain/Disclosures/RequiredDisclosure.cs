using NodaTime;

namespace FriendlyGov.Domain.Disclosures;

/// <summary>One disclosure a unit had to make in a period, and where it stands.</summary>
/// <param name="ItemId">The catalogue item.</param>
/// <param name="Occasion">The occasion: the event's date, or 1 January of the year concerned for a yearly item.</param>
/// <param name="Due">The last day to start disclosing.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="BestDaysPosted">The most days any posting started by the due date has been public; 0 when none was.</param>
public sealed record RequiredDisclosure(string ItemId, LocalDate Occasion, LocalDate Due, DisclosureStatus Status, int BestDaysPosted);
