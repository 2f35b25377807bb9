using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Disclosures.Specifications;

/// <summary>The disclosure already recorded of the same item and occasion by a unit on a channel from a date, if any.</summary>
public sealed class SameDisclosureSpec : Specification<Disclosure>
{
    /// <summary>Selects the disclosure with these keys.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="occasion">The occasion.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="postedFrom">The first day public.</param>
    public SameDisclosureSpec(string unitCode, string itemId, LocalDate occasion, DisclosureChannel channel, LocalDate postedFrom) =>
        Query.Where(d => d.UnitCode == unitCode && d.ItemId == itemId && d.Occasion == occasion && d.Channel == channel && d.PostedFrom == postedFrom);
}
