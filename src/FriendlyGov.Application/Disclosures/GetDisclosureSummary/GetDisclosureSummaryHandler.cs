using FriendlyGov.Application.Units;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Application.Disclosures.GetDisclosureSummary;

/// <summary>
/// Handles <see cref="GetDisclosureSummary"/> with <see cref="DisclosureSummaries.Summarize"/>, for the
/// unit that existed on the period's last day (<see cref="UnitPeriodRecords.Disclosures"/>).
/// </summary>
/// <param name="units">Finds the unit.</param>
/// <param name="records">Reads its disclosures.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class GetDisclosureSummaryHandler(UnitLookup units, UnitPeriodRecords records, IClock clock)
    : IRequestHandler<GetDisclosureSummary, DisclosureSummary>
{
    /// <inheritdoc />
    public async Task<DisclosureSummary> Handle(GetDisclosureSummary request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var period = AssessmentPeriod.Parse(request.Period);
        var unit = await units.ResolveAsync(nameof(GetDisclosureSummary), request.UnitCode, period.End, cancellationToken).ConfigureAwait(false);
        var scope = new UnitPeriod(unit, period);
        var ofUnit = await records.DisclosuresAsync(scope, cancellationToken).ConfigureAwait(false);
        return records.Disclosures(scope, ofUnit, VietnamTime.DateAt(clock.GetCurrentInstant()));
    }
}
