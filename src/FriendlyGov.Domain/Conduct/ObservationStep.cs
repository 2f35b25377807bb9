using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>One step in a conduct observation's history: its new status, who took the step, when and why.</summary>
/// <param name="Status">The status the step led to.</param>
/// <param name="By">Who took the step (an actor's id).</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, or the account for the first report.</param>
public sealed record ObservationStep(ObservationStatus Status, string By, Instant At, string Reason);
