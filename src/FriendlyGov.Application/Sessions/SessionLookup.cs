using Ardalis.Specification;
using FriendlyGov.Domain.Sessions;

namespace FriendlyGov.Application.Sessions;

/// <summary>Finds the sessions that session requests name.</summary>
internal static class SessionLookup
{
    /// <summary>A recorded session.</summary>
    /// <param name="sessions">The sessions.</param>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session.</returns>
    /// <exception cref="NotFoundException">There is no such session.</exception>
    public static async Task<MorningSession> SessionAsync(IReadRepositoryBase<MorningSession> sessions, Guid sessionId, CancellationToken cancellationToken) =>
        await Guard.Against.Null(sessions).GetByIdAsync(sessionId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no \"Morning with the People\" session {sessionId}.");
}
