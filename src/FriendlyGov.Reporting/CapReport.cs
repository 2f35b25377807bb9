using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Reporting;

/// <summary>A cap (giới hạn xếp loại) that applied to a unit, as a report shows it.</summary>
/// <param name="Id">The cap's id, such as <c>C1</c>.</param>
/// <param name="Title">The cap's title in both languages.</param>
/// <param name="MaxRating">The highest rating the cap allows.</param>
/// <param name="Reason">Why its condition held for this unit, where known; a finalized snapshot keeps
/// only the cap's id, so a report made from one has no reason.</param>
public sealed record CapReport(string Id, LocalizedText Title, RatingBand MaxRating, LocalizedText? Reason);
