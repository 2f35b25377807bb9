namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>A round was opened.</summary>
/// <param name="RoundId">The new round.</param>
internal sealed record RoundOpened(Guid RoundId);

/// <summary>A unit's assessment moved on in the workflow.</summary>
/// <param name="AssessmentId">The assessment.</param>
internal sealed record AssessmentMoved(Guid AssessmentId);

/// <summary>An official was registered or moved.</summary>
/// <param name="OfficialId">The official.</param>
internal sealed record OfficialSaved(Guid OfficialId);

/// <summary>Evidence was recorded.</summary>
/// <param name="Entries">For one indicator: how many entries the assessment now holds; in bulk: how many entries were recorded.</param>
internal sealed record EvidenceRecorded(int Entries);

/// <summary>A conduct observation took a step in its due process.</summary>
/// <param name="Status">Its status now.</param>
internal sealed record ObservationStepped(FriendlyGov.Domain.Conduct.ObservationStatus Status);

/// <summary>The text an appeal or a decision on an observation must give.</summary>
/// <param name="Reason">The finding, or the grounds; required.</param>
internal sealed record ReasonBody(string Reason);
