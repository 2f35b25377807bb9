using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Conduct.Specifications;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain;
using NodaTime;

namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>
/// Handles <see cref="RecordObservationsInBulk"/>: reads the officials in one query and the keys
/// already recorded in another, whatever the number of rows, then stages every new observation
/// for the pipeline's unit of work to insert through the database's bulk path, untracked.
/// </summary>
/// <param name="observations">Reads the keys already recorded.</param>
/// <param name="bulk">Inserts the new observations in bulk.</param>
/// <param name="officials">Finds the officials.</param>
/// <param name="conduct">Gives the code of conduct.</param>
/// <param name="currentActor">Who records them.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RecordObservationsInBulkHandler(
    IReadRepository<ConductObservation> observations,
    IBulkRepository<ConductObservation> bulk,
    IReadRepository<Official> officials,
    ConductLookup conduct,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<RecordObservationsInBulk, BulkResult>
{
    /// <inheritdoc />
    public async Task<BulkResult> Handle(RecordObservationsInBulk request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var rows = request.Observations;
        var found = await ObservationRows.OfficialsAsync(officials, rows, cancellationToken).ConfigureAwait(false);
        _ = ObservationRows.PostingsOf(rows, found);

        string[] codes = [.. found.Keys];
        var recorded = await observations.ListAsync(
            new ObservationKeysSpec(codes, rows.Min(r => r.On), rows.Max(r => r.On)), cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<ObservationKey>(recorded);

        var code = conduct.CodeOfConduct();
        var by = currentActor.Actor.Id;
        var at = clock.GetCurrentInstant();
        var added = new List<ConductObservation>(rows.Count);
        var problems = new List<Problem>();
        var alreadyRecorded = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var official = found[row.OfficialCode];
            if (!seen.Add(new ObservationKey(official.Code, row.RuleId, row.On, row.SourceReference.Trim())))
            {
                alreadyRecorded++;
                continue;
            }

            try
            {
                added.Add(ConductObservation.Report(code, official, row.RuleId, row.On, row.Source, row.SourceReference, row.Account, by, at));
            }
            catch (InvalidInputException e)
            {
                // The domain names its problems after its own parameters; the caller knows the rows' fields.
                problems.AddRange(e.Problems.Select(p => p.Path switch
                {
                    "rule" => new Problem(ObservationRows.Path(i, "ruleId"), p.Message),
                    "on" => RecordObservationHandler.NoPosting(official, row.On).Under(ObservationRows.Path(i)),
                    _ => p.Under(ObservationRows.Path(i)),
                }));
            }
        }

        if (problems.Count > 0) throw new ValidationException(nameof(RecordObservationsInBulk), problems);
        bulk.AddInBulk(added);
        var unitCount = added.Select(o => o.UnitCode).Distinct(StringComparer.Ordinal).Count();
        audit.Record("observations", $"recorded {added.Count} observation(s) in {unitCount} unit(s) from {rows.Count} row(s); {alreadyRecorded} already recorded");
        return new BulkResult(added.Count, alreadyRecorded);
    }
}
