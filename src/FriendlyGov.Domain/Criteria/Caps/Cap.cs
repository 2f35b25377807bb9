namespace FriendlyGov.Domain.Criteria.Caps;

/// <summary>
/// A cap: when its condition holds, the unit's rating is at most <see cref="MaxRating"/>,
/// whatever its total.
/// </summary>
/// <remarks>
/// A cap applies only when its condition holds and its maximum rating is below the rating the
/// total earns; the final rating is the lowest maximum among the caps that apply.
/// </remarks>
/// <param name="Id">The id, unique across the framework, such as <c>C1</c>.</param>
/// <param name="Title">What the cap enforces, for people.</param>
/// <param name="When">The condition.</param>
/// <param name="MaxRating">The code of the highest rating a unit can get while the condition holds.</param>
public sealed record Cap(string Id, LocalizedText Title, CapCondition When, string MaxRating);
