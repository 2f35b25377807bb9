using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Assessments.Specifications;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain;
using NodaTime;

namespace FriendlyGov.Application.Assessments.RecordEvidenceInBulk;

/// <summary>
/// Handles <see cref="RecordEvidenceInBulk"/>: reads the round, then the assessments the entries
/// name in one query, untracked, checks every entry, and stages the changed assessments for the
/// pipeline's unit of work to write through the database's bulk path. Returns how many entries
/// were recorded.
/// </summary>
/// <param name="lookup">Finds the round.</param>
/// <param name="assessments">Reads the assessments.</param>
/// <param name="bulk">Writes the changed assessments in bulk.</param>
/// <param name="scoring">Finds the framework.</param>
/// <param name="auditTrail">Takes an entry about each assessment changed.</param>
/// <param name="currentActor">Who records them.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RecordEvidenceInBulkHandler(
    AssessmentLookup lookup,
    IReadRepository<Assessment> assessments,
    IBulkRepository<Assessment> bulk,
    AssessmentScoring scoring,
    IAuditTrail auditTrail,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<RecordEvidenceInBulk, int>
{
    private const int Named = 5;

    /// <inheritdoc />
    public async Task<int> Handle(RecordEvidenceInBulk request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        var framework = scoring.FrameworkOf(round);
        var entries = request.Entries;
        string[] unitCodes = [.. entries.Select(e => e.UnitCode).Distinct(StringComparer.Ordinal)];
        var byUnit = (await assessments.ListAsync(new AssessmentsOfUnitsInRoundSpec(round.Id, unitCodes), cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.UnitCode, StringComparer.Ordinal);

        var problems = new List<Problem>();
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"entries[{i}]";
            if (!byUnit.ContainsKey(entries[i].UnitCode))
                problems.Add(new Problem(path + ".unitCode", $"unit {entries[i].UnitCode} is not assessed in round {round.Id}"));
            problems.AddRange(AssessmentScoring.Check(framework, entries[i].IndicatorId, entries[i].Evidence).Select(p => p.Under(path)));
        }

        if (problems.Count > 0) throw new ValidationException(nameof(RecordEvidenceInBulk), problems);

        var by = currentActor.Actor.Id;
        var at = clock.GetCurrentInstant();
        var refused = new Dictionary<string, DomainRuleException>(StringComparer.Ordinal);
        var recorded = new Dictionary<Assessment, List<string>>();
        foreach (var entry in entries)
        {
            var assessment = byUnit[entry.UnitCode];
            if (refused.ContainsKey(entry.UnitCode)) continue;
            try
            {
                if (request.Source == EvidenceSource.Self) assessment.RecordSelfEvidence(entry.IndicatorId, entry.Evidence, by, at, entry.Note);
                else assessment.RecordAppraisalEvidence(entry.IndicatorId, entry.Evidence, by, at, entry.Note);
            }
            catch (DomainRuleException e)
            {
                refused[entry.UnitCode] = e;
                continue;
            }

            if (!recorded.TryGetValue(assessment, out var indicators)) recorded[assessment] = indicators = [];
            indicators.Add(entry.IndicatorId);
        }

        if (refused.Count > 0)
        {
            throw new WorkflowException(
                $"{refused.Count} of the {byUnit.Count} assessments named cannot take {Describe(request.Source)} evidence now, so nothing was recorded: "
                + string.Join(" ", refused.Values.Take(Named).Select(e => e.Message)) + (refused.Count > Named ? " …" : string.Empty),
                refused.Values.First());
        }

        bulk.UpdateInBulk([.. recorded.Keys]);
        foreach (var (assessment, indicators) in recorded)
        {
            auditTrail.Append(new AuditEntry(Guid.NewGuid(), at, by, nameof(RecordEvidenceInBulk), $"assessment/{assessment.Id}",
                $"recorded {Describe(request.Source)} evidence for {List(indicators)} of unit {assessment.UnitCode}"));
        }

        audit.Record($"round/{round.Id}", $"recorded {entries.Count} {Describe(request.Source)} evidence entries for {recorded.Count} unit(s) of round {round.Id}");
        return entries.Count;
    }

    private static string Describe(EvidenceSource source) => source.ToString().ToLowerInvariant();

    private static string List(List<string> indicators) =>
        indicators.Count <= 20
            ? string.Join(", ", indicators)
            : $"{indicators.Count} indicators ({string.Join(", ", indicators.Take(20))}, …)";
}
