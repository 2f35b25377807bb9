namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>The points an indicator has still open: what it could earn beyond what it earns now.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Points">The points it earns now.</param>
/// <param name="MaxPoints">The most it can earn (điểm tối đa).</param>
/// <param name="Open">The points still open: <paramref name="MaxPoints"/> minus <paramref name="Points"/>, above 0.</param>
public sealed record OpenPoints(string IndicatorId, decimal Points, decimal MaxPoints, decimal Open);
