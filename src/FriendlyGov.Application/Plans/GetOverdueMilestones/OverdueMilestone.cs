using FriendlyGov.Domain;
using NodaTime;

namespace FriendlyGov.Application.Plans.GetOverdueMilestones;

/// <summary>A milestone overdue on a day.</summary>
/// <param name="ItemId">Its item's code.</param>
/// <param name="ItemTitle">Its item's title.</param>
/// <param name="Lead">The code of the body that leads the item.</param>
/// <param name="MilestoneId">The milestone's code.</param>
/// <param name="Title">What was to be done.</param>
/// <param name="Due">The last day it was due.</param>
/// <param name="DaysOverdue">Whole days from the due day to the day looked from; 1 the day after it was due.</param>
public sealed record OverdueMilestone(string ItemId, LocalizedText ItemTitle, string Lead, string MilestoneId, LocalizedText Title, LocalDate Due, int DaysOverdue);
