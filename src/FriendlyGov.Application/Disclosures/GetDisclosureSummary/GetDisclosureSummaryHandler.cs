using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Disclosures.Specifications;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Application.Disclosures.GetDisclosureSummary;

/// <summary>Handles <see cref="GetDisclosureSummary"/> with <see cref="DisclosureSummaries.Summarize"/>; its authorizer has found the unit registered.</summary>
/// <param name="disclosures">The disclosures.</param>
/// <param name="options">Holds the catalogue.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class GetDisclosureSummaryHandler(IReadRepository<Disclosure> disclosures, FriendlyGovOptions options, IClock clock)
    : IRequestHandler<GetDisclosureSummary, DisclosureSummary>
{
    /// <inheritdoc />
    public async Task<DisclosureSummary> Handle(GetDisclosureSummary request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var ofUnit = await disclosures.ListAsync(new DisclosuresOfUnitSpec(request.UnitCode), cancellationToken).ConfigureAwait(false);
        return DisclosureSummaries.Summarize(
            request.UnitCode, options.DisclosureCatalogue, ofUnit, AssessmentPeriod.Parse(request.Period), VietnamTime.DateAt(clock.GetCurrentInstant()));
    }
}
