namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>What it would take for a unit to reach the next rating: the gap, where the open points are, and the caps in the way.</summary>
/// <param name="Total">The unit's total now.</param>
/// <param name="Rating">The unit's final rating now (after caps), as its code.</param>
/// <param name="NextRating">The code of the rating band just above <paramref name="Rating"/>; <see langword="null"/> at the top rating.</param>
/// <param name="NextRatingMinPoints">The lowest total that earns <paramref name="NextRating"/>; <see langword="null"/> at the top rating.</param>
/// <param name="Gap">The points still missing to reach <paramref name="NextRatingMinPoints"/>: 0 when the total already reaches it (a cap holds the rating down) or at the top rating.</param>
/// <param name="MostOpen">Every indicator, bonus indicators included, with points still open, most open first, ties by indicator id.</param>
/// <param name="SmallestSet">The ids of the fewest indicators whose open points close <paramref name="Gap"/>, taken from <paramref name="MostOpen"/> in order; empty when the gap is 0, all of them when even all cannot close it.</param>
/// <param name="CapsStillHolding">The ids of the caps, in the framework's order, that hold now, would still hold with the indicators of <paramref name="SmallestSet"/> at their maximum, and allow no rating as high as <paramref name="NextRating"/>: closing the gap alone would not lift the rating past them.</param>
public sealed record WhatItWouldTake(
    decimal Total,
    string Rating,
    string? NextRating,
    decimal? NextRatingMinPoints,
    decimal Gap,
    IReadOnlyList<OpenPoints> MostOpen,
    IReadOnlyList<string> SmallestSet,
    IReadOnlyList<string> CapsStillHolding);
