using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Sessions;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Sessions.ResolveSessionIssue;

/// <summary>The officer of the session's unit, or an administrator of its province, records resolutions.</summary>
/// <param name="sessions">Finds the session.</param>
/// <param name="units">Finds its unit.</param>
internal sealed class ResolveSessionIssueAuthorizer(IReadRepository<MorningSession> sessions, IReadRepository<AdministrativeUnit> units)
    : UnitRecordAuthorizer<ResolveSessionIssue, MorningSession>((r, c) => SessionLookup.SessionAsync(sessions, r.SessionId, c), s => s.UnitCode, units);
