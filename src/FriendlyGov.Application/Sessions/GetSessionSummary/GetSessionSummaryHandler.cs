using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Sessions;
using FriendlyGov.Domain.Sessions.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Sessions.GetSessionSummary;

/// <summary>Handles <see cref="GetSessionSummary"/> with <see cref="SessionSummaries.Summarize"/>; its authorizer has found the unit registered.</summary>
/// <param name="sessions">The sessions.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class GetSessionSummaryHandler(IReadRepository<MorningSession> sessions, IClock clock) : IRequestHandler<GetSessionSummary, SessionSummary>
{
    /// <inheritdoc />
    public async Task<SessionSummary> Handle(GetSessionSummary request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var ofUnit = await sessions.ListAsync(new SessionsOfUnitSpec(request.UnitCode), cancellationToken).ConfigureAwait(false);
        return SessionSummaries.Summarize(request.UnitCode, ofUnit, AssessmentPeriod.Parse(request.Period), VietnamTime.DateAt(clock.GetCurrentInstant()));
    }
}
