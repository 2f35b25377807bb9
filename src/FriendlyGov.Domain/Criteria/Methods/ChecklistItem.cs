namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>One item of a <c>checklist</c> method and the points it is worth when met.</summary>
/// <param name="Id">The item's id, unique within its checklist.</param>
/// <param name="Points">The points the item is worth, greater than 0.</param>
/// <param name="Title">What the item requires, for people; optional.</param>
public sealed record ChecklistItem(string Id, decimal Points, LocalizedText? Title = null);
