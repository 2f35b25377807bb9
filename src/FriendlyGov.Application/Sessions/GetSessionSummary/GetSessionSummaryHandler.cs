using FriendlyGov.Application.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Application.Sessions.GetSessionSummary;

/// <summary>
/// Handles <see cref="GetSessionSummary"/> with <see cref="SessionSummaries.Summarize"/>, for the unit
/// that existed on the period's last day and the sessions it held (<see cref="UnitPeriodRecords.SessionsAsync"/>).
/// </summary>
/// <param name="units">Finds the unit.</param>
/// <param name="records">Reads its sessions.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class GetSessionSummaryHandler(UnitLookup units, UnitPeriodRecords records, IClock clock) : IRequestHandler<GetSessionSummary, SessionSummary>
{
    /// <inheritdoc />
    public async Task<SessionSummary> Handle(GetSessionSummary request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var period = AssessmentPeriod.Parse(request.Period);
        var unit = await units.ResolveAsync(nameof(GetSessionSummary), request.UnitCode, period.End, cancellationToken).ConfigureAwait(false);
        return await records.SessionsAsync(new UnitPeriod(unit, period), VietnamTime.DateAt(clock.GetCurrentInstant()), cancellationToken).ConfigureAwait(false);
    }
}
