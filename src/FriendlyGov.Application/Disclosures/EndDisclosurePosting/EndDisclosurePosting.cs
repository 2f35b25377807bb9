using NodaTime;

namespace FriendlyGov.Application.Disclosures.EndDisclosurePosting;

/// <summary>Records the last day a disclosure still posted was public, once it is taken down.</summary>
/// <remarks>
/// Who may send it: the officer of the disclosure's unit, or a province administrator of its province.
/// What it changes: sets the posting's end date, once; not before its first day, nor after today
/// in Vietnam. Until then an open posting counts its days up to today.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="DisclosureId">The disclosure.</param>
/// <param name="PostedUntil">The last day public.</param>
public sealed record EndDisclosurePosting(Guid RequestId, Guid DisclosureId, LocalDate PostedUntil) : ICommand<int>;
