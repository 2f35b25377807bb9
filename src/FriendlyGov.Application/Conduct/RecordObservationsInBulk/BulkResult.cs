namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>What a bulk recording did.</summary>
/// <param name="Added">How many rows were added.</param>
/// <param name="AlreadyRecorded">How many rows were skipped because their key was already recorded, before or earlier in the same call.</param>
public sealed record BulkResult(int Added, int AlreadyRecorded);
