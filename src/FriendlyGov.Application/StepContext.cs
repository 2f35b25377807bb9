using FriendlyGov.Application.Ports;
using NodaTime;

namespace FriendlyGov.Application;

/// <summary>What every state-changing step needs besides its aggregate: who takes it, when, and the audit entry that says what changed.</summary>
/// <param name="currentActor">Who sends the request.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The request's audit entry.</param>
internal sealed class StepContext(ICurrentActor currentActor, IClock clock, AuditContext audit)
{
    /// <summary>The id of the actor who takes the step.</summary>
    public string By => currentActor.Actor.Id;

    /// <summary>The request's audit entry: its subject and summary.</summary>
    public AuditContext Audit => audit;

    /// <summary>The instant now.</summary>
    /// <returns>The clock's instant.</returns>
    public Instant Now() => clock.GetCurrentInstant();
}
