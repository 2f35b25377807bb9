using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Disclosures.Specifications;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Dossiers.Specifications;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Feedback.Specifications;
using FriendlyGov.Domain.Sessions;
using FriendlyGov.Domain.Sessions.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Units;

/// <summary>
/// Reads and sums up one unit's recorded data over a period (<see cref="UnitPeriod"/>), for the
/// summary queries and the measurers of scoring alike, so that both count the same records: those
/// filed under the unit's code on the days it existed.
/// </summary>
/// <param name="feedback">The citizen ratings.</param>
/// <param name="sessions">The "Morning with the People" sessions.</param>
/// <param name="disclosures">The disclosures.</param>
/// <param name="statistics">The dossier statistics.</param>
/// <param name="observations">The conduct observations.</param>
/// <param name="options">Holds the disclosure catalogue.</param>
internal sealed class UnitPeriodRecords(
    IReadRepository<CitizenFeedback> feedback,
    IReadRepository<MorningSession> sessions,
    IReadRepository<Disclosure> disclosures,
    IReadRepository<DossierStatistics> statistics,
    IReadRepository<ConductObservation> observations,
    FriendlyGovOptions options)
{
    /// <summary>The ratings of transactions on the days the unit existed in the period, summed up by <see cref="FeedbackSummary.Summarize"/>.</summary>
    /// <param name="scope">The unit and period.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The summary.</returns>
    public async Task<FeedbackSummary> FeedbackAsync(UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(scope);
        var ratings = await feedback.ListAsync(new FeedbackOfUnitSpec(scope.Code, scope.Days.Start, scope.Days.End), cancellationToken).ConfigureAwait(false);
        return FeedbackSummary.Summarize(ratings, scope.Code, scope.Period);
    }

    /// <summary>
    /// The sessions the unit held (every session under its code on a day it existed), summed up over
    /// the period by <see cref="SessionSummaries.Summarize"/>; the months listed are those of the
    /// days the unit existed in the period.
    /// </summary>
    /// <param name="scope">The unit and period.</param>
    /// <param name="today">Today in Vietnam, for the issues overdue.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The summary.</returns>
    public async Task<SessionSummary> SessionsAsync(UnitPeriod scope, LocalDate today, CancellationToken cancellationToken)
    {
        Guard.Against.Null(scope);
        var ofCode = await sessions.ListAsync(new SessionsOfUnitSpec(scope.Code), cancellationToken).ConfigureAwait(false);
        var summary = SessionSummaries.Summarize(scope.Code, ofCode.Where(s => scope.Owns(s.HeldOn)), scope.Period, today);
        var months = (First: scope.Days.Start.ToYearMonth(), Last: scope.Days.End.ToYearMonth());
        return summary with { PerMonth = [.. summary.PerMonth.Where(m => m.Month >= months.First && m.Month <= months.Last)] };
    }

    /// <summary>The disclosures the unit made: every one under its code whose posting began on a day the unit existed.</summary>
    /// <param name="scope">The unit and period.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The disclosures, whatever their period.</returns>
    public async Task<IReadOnlyList<Disclosure>> DisclosuresAsync(UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(scope);
        var ofCode = await disclosures.ListAsync(new DisclosuresOfUnitSpec(scope.Code), cancellationToken).ConfigureAwait(false);
        return [.. ofCode.Where(d => scope.Owns(d.PostedFrom))];
    }

    /// <summary>
    /// The unit's disclosures judged by <see cref="DisclosureSummaries.Summarize"/> against the
    /// catalogue of <see cref="FriendlyGovOptions.DisclosureCatalogue"/>, keeping only what was due on
    /// a day the unit existed in the period: what fell due before it was formed was another unit's to make.
    /// </summary>
    /// <param name="scope">The unit and period.</param>
    /// <param name="ofUnit">The unit's disclosures, from <see cref="DisclosuresAsync"/>.</param>
    /// <param name="today">Today in Vietnam.</param>
    /// <returns>The summary.</returns>
    public DisclosureSummary Disclosures(UnitPeriod scope, IEnumerable<Disclosure> ofUnit, LocalDate today)
    {
        Guard.Against.Null(scope);
        var summary = DisclosureSummaries.Summarize(scope.Code, options.DisclosureCatalogue, ofUnit, scope.Period, today);
        return summary with { Required = [.. summary.Required.Where(r => scope.Days.Contains(r.Due))] };
    }

    /// <summary>
    /// The dossier counts recorded under the code for exactly the period, when they are this unit's:
    /// counts for a period belong to the unit that existed on its last day.
    /// </summary>
    /// <param name="scope">The unit and period.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The statistics, or <see langword="null"/> when none are the unit's.</returns>
    public async Task<DossierStatistics?> DossiersAsync(UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(scope);
        if (!scope.Owns(scope.Period.End)) return null;
        return await statistics.FirstOrDefaultAsync(new DossierStatisticsOfUnitSpec(scope.Code, scope.Period), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conduct observations of behaviour in the unit on the days it existed in the period.</summary>
    /// <param name="scope">The unit and period.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observations, any status.</returns>
    public async Task<IReadOnlyList<ConductObservation>> ObservationsAsync(UnitPeriod scope, CancellationToken cancellationToken)
    {
        Guard.Against.Null(scope);
        return await observations.ListAsync(new ObservationsInUnitSpec(scope.Code, scope.Days.Start, scope.Days.End), cancellationToken).ConfigureAwait(false);
    }
}
