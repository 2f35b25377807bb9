namespace FriendlyGov.Domain.Plans;

/// <summary>Where one plan item stands on a day.</summary>
/// <param name="ItemId">The item's code.</param>
/// <param name="Title">What is to be done.</param>
/// <param name="Milestones">How many milestones the item has.</param>
/// <param name="MilestonesCompleted">How many were completed on or before the day.</param>
/// <param name="MilestonesOverdue">How many were overdue on the day: due before it and not completed by it.</param>
/// <param name="LatestPercentComplete">The percent complete last reported on or before the day, if any update gave one.</param>
public sealed record ItemProgress(string ItemId, LocalizedText Title, int Milestones, int MilestonesCompleted, int MilestonesOverdue, int? LatestPercentComplete);
