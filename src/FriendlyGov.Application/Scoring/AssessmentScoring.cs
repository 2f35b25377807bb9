using System.Collections.Concurrent;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Scoring;

/// <summary>Scores an assessment as it stands: its evidence, and its unit's conduct observations and recorded data on the days it existed in the period.</summary>
/// <param name="catalog">The frameworks.</param>
/// <param name="units">The units.</param>
/// <param name="records">The unit's conduct observations and other recorded data, on the days it existed in the period.</param>
/// <param name="measurers">The measurers of recorded data, one a kind, for indicators that name a data source.</param>
internal sealed class AssessmentScoring(
    IFrameworkCatalog catalog,
    IReadRepository<AdministrativeUnit> units,
    UnitPeriodRecords records,
    IEnumerable<IDataSourceMeasurer> measurers)
{
    private static readonly ConcurrentDictionary<CriteriaFramework, ScoringEngine> Engines = new();

    /// <summary>The framework a round scores with.</summary>
    /// <param name="round">The round.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="ValidationException">The deployment does not know the round's framework.</exception>
    public CriteriaFramework FrameworkOf(AssessmentRound round) => Framework(Guard.Against.Null(round).FrameworkId, "framework");

    /// <summary>A framework the deployment knows.</summary>
    /// <param name="id">Its name.</param>
    /// <param name="field">The request field that named it, for the error.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="ValidationException">The deployment does not know it.</exception>
    public CriteriaFramework Framework(FrameworkId id, string field) =>
        catalog.TryGet(id, out var framework)
            ? framework
            : throw new ValidationException("framework", [new Problem(field, $"'{id}' is not a framework this deployment knows")]);

    /// <summary>The engine of a framework, made once.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>Its engine.</returns>
    public static ScoringEngine EngineFor(CriteriaFramework framework) => Engines.GetOrAdd(framework, f => new ScoringEngine(f));

    /// <summary>The problems of one piece of evidence for an indicator of <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="evidence">The figures.</param>
    /// <returns>The problems, with paths such as <c>evidence.value</c> and messages that name the indicator.</returns>
    public static IEnumerable<Problem> Check(CriteriaFramework framework, string indicatorId, IndicatorEvidence evidence)
    {
        if (!framework.TryGetIndicator(indicatorId, out var indicator))
            return [new Problem("indicatorId", $"'{indicatorId}' is not an indicator of {framework.Id}")];
        return indicator.Method is EvidenceMethod method
            ? method.CheckEvidence(evidence, indicator.MaxPoints).Select(p => p.Under("evidence").ForIndicator(indicatorId))
            : [new Problem("indicatorId", $"'{indicatorId}' takes no evidence: method '{indicator.Method.Kind}' derives its points from the unit's conduct observations")];
    }

    /// <summary>Scores an assessment as it stands now.</summary>
    /// <param name="round">The assessment's round.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The live scorecard.</returns>
    public async Task<Scorecard> ScoreAsync(AssessmentRound round, Assessment assessment, CancellationToken cancellationToken)
    {
        Guard.Against.Null(assessment);
        var framework = FrameworkOf(round);
        var period = round.AssessmentPeriod;
        var unit = await units.FirstOrDefaultAsync(new UnitByIdentitySpec(assessment.UnitCode, assessment.UnitExistedFrom), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Unit {assessment.UnitCode} of round {round.Id} is not registered.");
        // A unit formed during the period is assessed for all of it, on the data recorded while it existed.
        var scope = new UnitPeriod(unit, period);
        var conduct = framework.ConductCode is null
            ? []
            : await records.ObservationsAsync(scope, cancellationToken).ConfigureAwait(false);
        var evidence = assessment.ToUnitEvidence(unit.ToAssessedUnit(), period, conduct.Select(o => o.ToBreach()));
        return EngineFor(framework).Score(evidence with { Measured = await MeasureAsync(framework, evidence, scope, cancellationToken).ConfigureAwait(false) });
    }

    /// <summary>
    /// Measures the recorded data of every indicator that names a source and has no evidence entered
    /// by hand; an indicator whose kind of data no measurer is registered for stays missing.
    /// </summary>
    private async Task<Dictionary<string, Measurement>> MeasureAsync(CriteriaFramework framework, UnitEvidence evidence, UnitPeriod scope, CancellationToken cancellationToken)
    {
        var measured = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        foreach (var indicator in framework.Indicators.Concat(framework.Bonus))
        {
            if (indicator.DataSource is not { } source
                || evidence.SelfAssessed.ContainsKey(indicator.Id)
                || evidence.Appraised.ContainsKey(indicator.Id)
                || measurers.FirstOrDefault(m => m.Kind == source.Kind) is not { } measurer)
            {
                continue;
            }

            if (await measurer.MeasureAsync(source, scope, cancellationToken).ConfigureAwait(false) is { } measurement)
                measured[indicator.Id] = measurement;
        }

        return measured;
    }
}
