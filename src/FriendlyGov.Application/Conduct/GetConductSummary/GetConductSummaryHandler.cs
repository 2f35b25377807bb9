using System.Text;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;
using FriendlyGov.Frameworks;
using NodaTime;

namespace FriendlyGov.Application.Conduct.GetConductSummary;

/// <summary>Handles <see cref="GetConductSummary"/> with <see cref="ConductSummaries.Summarize"/>.</summary>
/// <param name="units">The units of the province, each with the days it existed.</param>
/// <param name="observations">The conduct observations.</param>
/// <param name="conduct">Gives the code of conduct observations are recorded under.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
internal sealed class GetConductSummaryHandler(
    IReadRepository<AdministrativeUnit> units,
    IReadRepository<ConductObservation> observations,
    ConductLookup conduct,
    IClock clock) : IRequestHandler<GetConductSummary, IReadOnlyList<ConductSummaryRow>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ConductSummaryRow>> Handle(GetConductSummary request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var province = request.Province.Trim().Normalize(NormalizationForm.FormC);
        var period = AssessmentPeriod.Parse(request.Period);
        var previous = period.Previous();
        var ofProvince = (await units.ListAsync(new UnitsOfProvinceSpec(province), cancellationToken).ConfigureAwait(false))
            .ToLookup(u => u.Code, StringComparer.Ordinal);
        if (ofProvince.Count == 0) return [];

        // An observation is the province's when the unit its code named on its day was: a code reused in another province after a reform is not.
        var underCodes = await observations.ListAsync(new ObservationsInUnitsSpec([.. ofProvince.Select(g => g.Key)], previous.Start, period.End), cancellationToken).ConfigureAwait(false);
        var inProvince = underCodes.Where(o => ofProvince[o.UnitCode].Any(u => u.ExistedOn(o.On)));
        var code = conduct.CodeOfConduct();
        return ConductSummaries.Summarize(inProvince, code, period, request.Grouping, VietnamTime.DateAt(clock.GetCurrentInstant()), request.OverdueAfterDays);
    }
}
