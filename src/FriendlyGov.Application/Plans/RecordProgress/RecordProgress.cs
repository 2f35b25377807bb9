using NodaTime;

namespace FriendlyGov.Application.Plans.RecordProgress;

/// <summary>Appends a progress update to an item of a coordination plan: a note and, if known, the percent done.</summary>
/// <remarks>
/// Who may send it: a province administrator of the plan's province (rule
/// <c>province-administrator</c>).
/// What it changes: the update is appended to the item's updates, by the sender; updates are
/// never edited, so a correction is a new update. An unknown item is a
/// <see cref="NotFoundException"/>; a day before the plan's period starts or after today in
/// Vietnam, a blank note or a percent outside 0 to 100 a
/// <see cref="Validation.ValidationException"/>. What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="PlanId">The plan.</param>
/// <param name="ItemId">The item.</param>
/// <param name="On">The day the update reports on, in Vietnam.</param>
/// <param name="Note">What was done.</param>
/// <param name="PercentComplete">How much of the item is done, 0 to 100; optional.</param>
public sealed record RecordProgress(Guid RequestId, Guid PlanId, string ItemId, LocalDate On, string Note, int? PercentComplete = null) : ICommand<int>, IPlanRequest;
