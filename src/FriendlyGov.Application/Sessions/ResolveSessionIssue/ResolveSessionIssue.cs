using NodaTime;

namespace FriendlyGov.Application.Sessions.ResolveSessionIssue;

/// <summary>Records that an issue raised at a "Morning with the People" session was resolved.</summary>
/// <remarks>
/// Who may send it: the officer of the session's unit, or a province administrator of its province.
/// What it changes: sets the issue's resolution date, once; the date may be neither before the
/// session nor after today in Vietnam.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="SessionId">The session.</param>
/// <param name="IssueNumber">The issue's number within the session, from 1.</param>
/// <param name="ResolvedOn">The day it was resolved.</param>
public sealed record ResolveSessionIssue(Guid RequestId, Guid SessionId, int IssueNumber, LocalDate ResolvedOn) : ICommand<bool>;
