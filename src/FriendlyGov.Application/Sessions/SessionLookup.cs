using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Sessions;

namespace FriendlyGov.Application.Sessions;

/// <summary>Finds the sessions that session requests name, for handlers and authorizers.</summary>
/// <param name="sessions">The sessions.</param>
internal sealed class SessionLookup(IReadRepository<MorningSession> sessions)
{
    /// <summary>A recorded session.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session.</returns>
    /// <exception cref="NotFoundException">There is no such session.</exception>
    public async Task<MorningSession> SessionAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await sessions.GetByIdAsync(sessionId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no \"Morning with the People\" session {sessionId}.");
}
