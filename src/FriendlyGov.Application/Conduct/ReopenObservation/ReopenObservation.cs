using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Conduct.ReopenObservation;

/// <summary>
/// Reopens a confirmed or dismissed conduct observation on appeal: it is reported again, and no
/// longer counts until it is confirmed again.
/// </summary>
/// <remarks>
/// Who may send it: an appraiser or province administrator of the province of the unit where the
/// observed behaviour happened; never the official observed.
/// What it changes: confirmed or dismissed → reported, with who, when and the appeal's grounds
/// kept in its history. An observation still <c>reported</c> is refused with a
/// <see cref="WorkflowException"/>.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="ObservationId">The observation.</param>
/// <param name="Reason">The appeal's grounds; required.</param>
public sealed record ReopenObservation(Guid RequestId, Guid ObservationId, string Reason) : IObservationStep;
