using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// A conduct observation as the scoring engine sees it: which rule, by whom in which role, when,
/// and where it stands. Only <see cref="ObservationStatus.Confirmed"/> breaches count.
/// </summary>
/// <param name="RuleId">The rule's id in the framework's code of conduct.</param>
/// <param name="OfficialCode">The official's pseudonymous code.</param>
/// <param name="Role">The official's role in the unit on that date.</param>
/// <param name="Status">Where the observation stands.</param>
/// <param name="On">The date of the behaviour observed.</param>
public sealed record ConductBreach(string RuleId, string OfficialCode, OfficialRole Role, ObservationStatus Status, LocalDate On)
{
    /// <summary>Whether the breach is confirmed, and so counts.</summary>
    public bool IsConfirmed => Status == ObservationStatus.Confirmed;
}
