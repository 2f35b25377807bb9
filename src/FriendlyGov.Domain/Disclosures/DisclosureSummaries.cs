using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Disclosures;

/// <summary>Works out which disclosures a unit had to make in a period and whether it made them on time and for long enough.</summary>
public static class DisclosureSummaries
{
    /// <summary>Summarizes one unit's disclosures against a catalogue.</summary>
    /// <remarks>
    /// <para>The disclosures required in the period:</para>
    /// <list type="bullet">
    /// <item>each yearly item, once for every year whose due date (that item's month and day) falls within the period; the disclosures of that item whose occasion lies in that year count for it;</item>
    /// <item>each item due some days after an event, once for every distinct occasion recorded for the unit whose due date (occasion plus the days) falls within the period. Such events are known only from their disclosures, so one never disclosed cannot be found missing.</item>
    /// </list>
    /// <para>A disclosure is on time when its first day public is on or before the due date, and
    /// long enough when it was public for at least the item's minimum days, counting the first and
    /// last day (a posting still up counts up to today; an end date is taken as recorded). Each
    /// channel is judged alone. A required disclosure is <see cref="DisclosureStatus.Met"/> when one
    /// of its disclosures is on time and long enough; otherwise <see cref="DisclosureStatus.Pending"/>
    /// when a posting started on time is still up, or nothing was disclosed and the due date is
    /// today or later; otherwise <see cref="DisclosureStatus.TooShort"/> when one was on time,
    /// <see cref="DisclosureStatus.Late"/> when one was disclosed after the due date, and
    /// <see cref="DisclosureStatus.Missing"/> when none was.</para>
    /// <para>Disclosures of items no longer in the catalogue are ignored.</para>
    /// </remarks>
    /// <param name="unitCode">The unit.</param>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="disclosures">The unit's disclosures.</param>
    /// <param name="period">The period.</param>
    /// <param name="today">Today's date in Vietnam.</param>
    /// <returns>The summary.</returns>
    public static DisclosureSummary Summarize(string unitCode, DisclosureCatalogue catalogue, IEnumerable<Disclosure> disclosures, AssessmentPeriod period, LocalDate today)
    {
        Guard.Against.NullOrWhiteSpace(unitCode);
        Guard.Against.Null(catalogue);
        Guard.Against.Null(period);
        var ofUnit = Guard.Against.Null(disclosures).Where(d => d.UnitCode == unitCode).ToList();
        var required = new List<RequiredDisclosure>();
        foreach (var item in catalogue.Items)
        {
            var ofItem = ofUnit.Where(d => d.ItemId == item.Id).ToList();
            if (item.Deadline is YearlyOn)
            {
                for (var year = period.Start.Year; year <= period.End.Year; year++)
                {
                    var occasion = new LocalDate(year, 1, 1);
                    var due = item.Deadline.DueFor(occasion);
                    if (period.Contains(due)) required.Add(Judge(item, occasion, due, ofItem.Where(d => d.Occasion.Year == year), today));
                }
            }
            else
            {
                foreach (var occasion in ofItem.Select(d => d.Occasion).Distinct())
                {
                    var due = item.Deadline.DueFor(occasion);
                    if (period.Contains(due)) required.Add(Judge(item, occasion, due, ofItem.Where(d => d.Occasion == occasion), today));
                }
            }
        }

        return new DisclosureSummary(
            unitCode,
            period.ToString(),
            catalogue.ToString(),
            [.. required.OrderBy(r => r.Due).ThenBy(r => r.ItemId, StringComparer.Ordinal).ThenBy(r => r.Occasion)]);
    }

    private static RequiredDisclosure Judge(DisclosureItem item, LocalDate occasion, LocalDate due, IEnumerable<Disclosure> disclosures, LocalDate today)
    {
        var all = disclosures.ToList();
        var onTime = all.Where(d => d.PostedFrom <= due).ToList();
        var best = onTime.Count == 0 ? 0 : onTime.Max(d => d.DaysPosted(today));
        var status =
            best >= item.MinPostingDays ? DisclosureStatus.Met
            : onTime.Any(d => d.PostedUntil is null || d.PostedUntil > today) ? DisclosureStatus.Pending
            : onTime.Count > 0 ? DisclosureStatus.TooShort
            : all.Count > 0 ? DisclosureStatus.Late
            : due >= today ? DisclosureStatus.Pending
            : DisclosureStatus.Missing;
        return new RequiredDisclosure(item.Id, occasion, due, status, best);
    }
}
