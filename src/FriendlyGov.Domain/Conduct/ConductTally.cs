namespace FriendlyGov.Domain.Conduct;

/// <summary>Counts of conduct observations.</summary>
/// <param name="Reported">Every observation reported in the period, whatever its status now.</param>
/// <param name="Confirmed">Those confirmed now: breaches that count.</param>
/// <param name="Dismissed">Those dismissed now.</param>
/// <param name="Pending">Those still awaiting a decision.</param>
/// <param name="Overdue">Those pending for longer than the summary's limit of days.</param>
public sealed record ConductTally(int Reported, int Confirmed, int Dismissed, int Pending, int Overdue)
{
    /// <summary>No observation.</summary>
    public static ConductTally None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>This tally minus <paramref name="other"/>, count by count.</summary>
    /// <param name="other">The tally to compare with, such as the previous period's.</param>
    /// <returns>The change.</returns>
    public ConductTally Minus(ConductTally other) =>
        new(Reported - other.Reported, Confirmed - other.Confirmed, Dismissed - other.Dismissed, Pending - other.Pending, Overdue - other.Overdue);
}
