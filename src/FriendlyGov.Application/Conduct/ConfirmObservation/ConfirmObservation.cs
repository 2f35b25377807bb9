using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Conduct.ConfirmObservation;

/// <summary>
/// Confirms a reported conduct observation after verification (xác minh): from now on it is a
/// breach that counts in scoring.
/// </summary>
/// <remarks>
/// Who may send it: an appraiser or province administrator of the province of the unit where the
/// observed behaviour happened; never the official observed.
/// What it changes: reported → confirmed, with who, when and the finding kept in its history.
/// An observation not <c>reported</c> is refused with a
/// <see cref="WorkflowException"/>; reopen it first.
/// What it raises: <see cref="Notifications.ConductBreachConfirmed"/>, published after the change
/// is saved.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="ObservationId">The observation.</param>
/// <param name="Reason">The finding; required.</param>
public sealed record ConfirmObservation(Guid RequestId, Guid ObservationId, string Reason) : IObservationStep;
