using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Sessions;

namespace FriendlyGov.Application.Sessions.ResolveSessionIssue;

/// <summary>The officer of the session's unit, or an administrator of its province, records resolutions.</summary>
/// <param name="sessions">Finds the session.</param>
/// <param name="units">Finds its unit.</param>
internal sealed class ResolveSessionIssueAuthorizer(ByIdLookup<MorningSession> sessions, UnitLookup units)
    : UnitRecordAuthorizer<ResolveSessionIssue, MorningSession>((r, c) => sessions.ByIdAsync(r.SessionId, c), s => s.UnitCode, s => s.HeldOn, units);
