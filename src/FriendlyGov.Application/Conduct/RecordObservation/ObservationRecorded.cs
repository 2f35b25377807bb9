namespace FriendlyGov.Application.Conduct.RecordObservation;

/// <summary>What recording a conduct observation did.</summary>
/// <param name="ObservationId">The observation: the new one, or the one already recorded under the same key.</param>
/// <param name="IsNew">Whether it was added now; <see langword="false"/> when the key was already recorded.</param>
public sealed record ObservationRecorded(Guid ObservationId, bool IsNew);
