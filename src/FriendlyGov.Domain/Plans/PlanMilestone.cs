using NodaTime;

namespace FriendlyGov.Domain.Plans;

/// <summary>A milestone of a plan item (mốc thời gian): what must be done by a date in Vietnam, and when it was done.</summary>
/// <param name="Id">The milestone's code, unique within its item, such as <c>M1</c>.</param>
/// <param name="Title">What must be done.</param>
/// <param name="Due">The last day to do it, inclusive; within the plan's period.</param>
/// <param name="CompletedOn">The day it was done, or <see langword="null"/> while it is not.</param>
/// <param name="CompletedBy">Who recorded it as done (an actor's id), or <see langword="null"/> while it is not.</param>
public sealed record PlanMilestone(string Id, LocalizedText Title, LocalDate Due, LocalDate? CompletedOn = null, string? CompletedBy = null)
{
    /// <summary>Whether the milestone was done on or before <paramref name="date"/>.</summary>
    /// <param name="date">A date in Vietnam.</param>
    /// <returns><see langword="true"/> when it was completed on that day or earlier.</returns>
    public bool IsCompletedBy(LocalDate date) => CompletedOn is { } done && done <= date;

    /// <summary>
    /// Whether the milestone is overdue on <paramref name="date"/>: its due day has passed (it is
    /// before <paramref name="date"/>) and it was not completed by that day.
    /// </summary>
    /// <remarks>
    /// A milestone due on the day itself is not yet overdue. One completed late is overdue on the
    /// days between its due day and its completion, and no longer after it.
    /// </remarks>
    /// <param name="date">A date in Vietnam, usually today.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueOn(LocalDate date) => Due < date && !IsCompletedBy(date);
}
