using NodaTime;

namespace FriendlyGov.Domain.Disclosures;

/// <summary>
/// When an item of the disclosure catalogue is due: some days after its occasion (a document
/// issued, a plan approved), or on a fixed date each year.
/// </summary>
public abstract record DisclosureDeadline
{
    private protected DisclosureDeadline()
    {
    }

    /// <summary>The last day to start disclosing for an occasion.</summary>
    /// <param name="occasion">The occasion's date: the event's date, or any day of the year concerned for a yearly item.</param>
    /// <returns>The due date.</returns>
    public abstract LocalDate DueFor(LocalDate occasion);
}

/// <summary>Due a number of days after the occasion, such as 5 days after a document is issued.</summary>
/// <param name="Days">Days after the occasion; 0 means the same day.</param>
public sealed record DaysAfterOccasion(int Days) : DisclosureDeadline
{
    /// <inheritdoc />
    public override LocalDate DueFor(LocalDate occasion) => occasion.PlusDays(Days);

    /// <inheritdoc />
    public override string ToString() => $"{Days} days after the occasion";
}

/// <summary>Due on a fixed date each year, such as 31 January; the occasion names only the year concerned.</summary>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month; at most 28 in February, so that every year has it.</param>
public sealed record YearlyOn(int Month, int Day) : DisclosureDeadline
{
    /// <inheritdoc />
    public override LocalDate DueFor(LocalDate occasion) => new(occasion.Year, Month, Day);

    /// <summary>Whether the month and day exist in every year.</summary>
    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= (Month == 2 ? 28 : CalendarSystem.Iso.GetDaysInMonth(2023, Month));

    /// <inheritdoc />
    public override string ToString() => $"every year by {Month:D2}-{Day:D2}";
}
