using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Reporting;

/// <summary>A cap (giới hạn xếp loại) that applied to a unit, as a report shows it.</summary>
/// <param name="Id">The cap's id, such as <c>C1</c>.</param>
/// <param name="Title">The cap's title in both languages.</param>
/// <param name="MaxRating">The highest rating the cap allows.</param>
/// <param name="Reason">Why its condition held for this unit; null in a report of a snapshot kept before
/// reasons were recorded (<see cref="ScorecardReport.DetailsKept"/>).</param>
public sealed record CapReport(string Id, LocalizedText Title, RatingBand MaxRating, LocalizedText? Reason);
