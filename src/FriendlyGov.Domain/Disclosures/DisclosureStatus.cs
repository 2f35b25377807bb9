namespace FriendlyGov.Domain.Disclosures;

/// <summary>Where a required disclosure stands; see <see cref="DisclosureSummaries.Summarize"/>.</summary>
public enum DisclosureStatus
{
    /// <summary>Disclosed by the due date on some channel, and posted there for at least the minimum days.</summary>
    Met,

    /// <summary>Not met yet, but it still can be: the due date has not passed and nothing was disclosed, or a posting started in time is still up and not yet long enough.</summary>
    Pending,

    /// <summary>Disclosed in time, but every posting in time ended before the minimum days.</summary>
    TooShort,

    /// <summary>Disclosed, but only after the due date.</summary>
    Late,

    /// <summary>Not disclosed, and the due date has passed.</summary>
    Missing,
}
