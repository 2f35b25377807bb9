using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Sessions;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Sessions.ResolveSessionIssue;

/// <summary>The officer of the session's unit, or an administrator of its province, records resolutions.</summary>
/// <param name="sessions">Finds the session.</param>
/// <param name="units">Finds its unit.</param>
internal sealed class ResolveSessionIssueAuthorizer(IReadRepository<MorningSession> sessions, IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<ResolveSessionIssue>
{
    /// <inheritdoc />
    /// <exception cref="NotFoundException">There is no such session, or its unit is not registered.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(ResolveSessionIssue request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var session = await SessionLookup.SessionAsync(sessions, request.SessionId, cancellationToken).ConfigureAwait(false);
        var unit = await ConductLookup.UnitAsync(units, session.UnitCode, cancellationToken).ConfigureAwait(false);
        return UnitAuthorizer<ResolveSessionIssue>.RecorderOf(actor, unit);
    }
}
