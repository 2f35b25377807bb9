using NodaTime;

namespace FriendlyGov.Domain.Disclosures;

/// <summary>
/// A disclosure: a unit made an item of the catalogue public on one channel, from one date until
/// another or open-ended.
/// </summary>
/// <remarks>
/// The occasion names what is disclosed: for an item due some days after an event, the event's
/// date (the document's issue date); for a yearly item, any day of the year concerned. The same
/// item and occasion disclosed on several channels are several disclosures.
/// </remarks>
public sealed class Disclosure : AggregateRoot
{
    /// <summary>For stores that rebuild the aggregate from its columns.</summary>
    private Disclosure()
    {
        UnitCode = ItemId = string.Empty;
    }

    private Disclosure(string unitCode, string itemId, LocalDate occasion, DisclosureChannel channel, LocalDate postedFrom, LocalDate? postedUntil)
    {
        UnitCode = unitCode;
        ItemId = itemId;
        Occasion = occasion;
        Channel = channel;
        PostedFrom = postedFrom;
        PostedUntil = postedUntil;
    }

    /// <summary>The unit that disclosed.</summary>
    public string UnitCode { get; }

    /// <summary>The catalogue item disclosed.</summary>
    public string ItemId { get; }

    /// <summary>The occasion: the event's date, or a day of the year concerned for a yearly item.</summary>
    public LocalDate Occasion { get; }

    /// <summary>The channel.</summary>
    public DisclosureChannel Channel { get; }

    /// <summary>The first day it was public.</summary>
    public LocalDate PostedFrom { get; }

    /// <summary>The last day it was public; <see langword="null"/> while it stays up.</summary>
    public LocalDate? PostedUntil { get; private set; }

    /// <summary>Records a disclosure.</summary>
    /// <param name="catalogue">The catalogue; the item must be one of its items.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="occasion">The occasion.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="postedFrom">The first day public; for an item due after an event, not before the event.</param>
    /// <param name="postedUntil">The last day public, not before <paramref name="postedFrom"/>; <see langword="null"/> while it stays up.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="InvalidInputException">The item is not in the catalogue, or the dates are out of order; paths are <c>item</c>, <c>postedFrom</c> and <c>postedUntil</c>.</exception>
    public static Disclosure Record(
        DisclosureCatalogue catalogue, string unitCode, string itemId, LocalDate occasion, DisclosureChannel channel,
        LocalDate postedFrom, LocalDate? postedUntil, string by, Instant at)
    {
        Guard.Against.Null(catalogue);
        Guard.Against.NullOrWhiteSpace(unitCode);
        Guard.Against.NullOrWhiteSpace(itemId);
        Guard.Against.EnumOutOfRange(channel);
        Guard.Against.NullOrWhiteSpace(by);
        var problems = new List<Problem>();
        if (!catalogue.TryGetItem(itemId, out var item)) problems.Add(new Problem("item", catalogue.NotAnItem(itemId)));
        else if (item.Deadline is DaysAfterOccasion && postedFrom < occasion)
            problems.Add(new Problem("postedFrom", $"{postedFrom:uuuu-MM-dd} is before the occasion on {occasion:uuuu-MM-dd}"));
        if (postedUntil is { } until && until < postedFrom)
            problems.Add(new Problem("postedUntil", $"{until:uuuu-MM-dd} is before the first day posted, {postedFrom:uuuu-MM-dd}"));
        InvalidInputException.ThrowIfAny(problems);

        var disclosure = new Disclosure(unitCode, itemId, occasion, channel, postedFrom, postedUntil);
        disclosure.Raise(new DisclosureRecorded(disclosure.Id, unitCode, itemId, channel, postedFrom, by, at));
        return disclosure;
    }

    /// <summary>Records the last day a posting still up was public, once it is taken down.</summary>
    /// <param name="until">The last day public; not before <see cref="PostedFrom"/>.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When.</param>
    /// <exception cref="InvalidInputException">The posting already has an end date, or <paramref name="until"/> is before its first day; path <c>postedUntil</c>.</exception>
    public void EndPosting(LocalDate until, string by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(by);
        if (PostedUntil is { } ended)
            throw new InvalidInputException([new Problem("postedUntil", $"the posting already ended on {ended:uuuu-MM-dd}")]);
        if (until < PostedFrom)
            throw new InvalidInputException([new Problem("postedUntil", $"{until:uuuu-MM-dd} is before the first day posted, {PostedFrom:uuuu-MM-dd}")]);
        PostedUntil = until;
        Raise(new DisclosurePostingEnded(Id, until, by, at));
    }

    /// <summary>How many days it was public, counting the first and last day; while it stays up, up to <paramref name="today"/>.</summary>
    /// <param name="today">Today's date in Vietnam.</param>
    /// <returns>The days; 0 when it starts after today.</returns>
    public int DaysPosted(LocalDate today)
    {
        var last = PostedUntil ?? today;
        return last < PostedFrom ? 0 : Period.DaysBetween(PostedFrom, last) + 1;
    }
}
