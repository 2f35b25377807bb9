using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Conduct.DismissObservation;

/// <summary>Dismisses a reported conduct observation: no breach.</summary>
/// <remarks>
/// Who may send it: an appraiser or province administrator of the province of the unit where the
/// observed behaviour happened; never the official observed.
/// What it changes: reported → dismissed, with who, when and why kept in its history. An
/// observation not <c>reported</c> is refused with a
/// <see cref="WorkflowException"/>; reopen it first.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="ObservationId">The observation.</param>
/// <param name="Reason">Why it is dismissed; required.</param>
public sealed record DismissObservation(Guid RequestId, Guid ObservationId, string Reason) : IObservationStep;
