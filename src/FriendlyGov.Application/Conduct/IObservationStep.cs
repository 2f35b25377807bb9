using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Conduct;

/// <summary>A command that takes one step in a conduct observation's due process: confirm, dismiss or reopen.</summary>
public interface IObservationStep : ICommand<ObservationStatus>
{
    /// <summary>The observation.</summary>
    Guid ObservationId { get; }

    /// <summary>The finding, or the appeal's grounds.</summary>
    string Reason { get; }
}
