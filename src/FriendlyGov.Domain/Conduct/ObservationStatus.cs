namespace FriendlyGov.Domain.Conduct;

/// <summary>Where a conduct observation stands. Only confirmed breaches count in scoring.</summary>
public enum ObservationStatus
{
    /// <summary>Reported (phản ánh), not yet verified; code <c>reported</c>.</summary>
    Reported,

    /// <summary>Confirmed (xác minh đúng): a breach that counts; code <c>confirmed</c>.</summary>
    Confirmed,

    /// <summary>Dismissed (không đúng): no breach; code <c>dismissed</c>.</summary>
    Dismissed,
}
