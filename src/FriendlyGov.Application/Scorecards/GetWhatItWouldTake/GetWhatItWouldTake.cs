namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>What it would take for a unit to reach the next rating in a round, from its live scorecard.</summary>
/// <remarks>
/// Who may send it: an officer of the unit, or an appraiser or administrator of the round's
/// province (rule <c>reader-in-scope</c>).
/// What it returns: the rating band just above the unit's final rating and the points still
/// missing to reach its minimum; the indicators with the most points still open; the fewest
/// indicators whose open points close the gap; and the caps that would still hold the rating
/// below that band even then. See <see cref="WhatItWouldTakeCalculator"/>.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit; it must be assessed in the round.</param>
public sealed record GetWhatItWouldTake(Guid RoundId, string UnitCode) : IQuery<WhatItWouldTake>;
