namespace FriendlyGov.Domain.Disclosures;

/// <summary>An item a commune must make public, from a <see cref="DisclosureCatalogue"/>.</summary>
/// <param name="Id">The item's id, such as <c>A11.2-budget-estimate</c>.</param>
/// <param name="Title">What is disclosed, in Vietnamese and English.</param>
/// <param name="Basis">The legal provision it comes from, such as <c>Law 10/2022/QH15, Art. 11(2)</c>.</param>
/// <param name="Deadline">When it is due.</param>
/// <param name="MinPostingDays">The fewest days it must stay posted, counting the first and last day; 1 or more.</param>
/// <param name="Illustrative">Whether the deadline or posting days are an example the integrator must check, not taken from the law's text.</param>
public sealed record DisclosureItem(string Id, LocalizedText Title, string Basis, DisclosureDeadline Deadline, int MinPostingDays, bool Illustrative);
