using NodaTime;

namespace FriendlyGov.Domain.Plans;

/// <summary>A progress update on a plan item: appended, never edited, so the item's history stays as reported.</summary>
/// <param name="On">The day the update reports on, in Vietnam; not before the plan's period starts nor after the day it was recorded.</param>
/// <param name="By">Who reported it (an actor's id).</param>
/// <param name="Note">What was done, NFC.</param>
/// <param name="PercentComplete">How much of the item is done, 0 to 100, when the reporter can say.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record ProgressUpdate(LocalDate On, string By, string Note, int? PercentComplete, Instant RecordedAt);
