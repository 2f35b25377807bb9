using System.Globalization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Dossiers.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Dossiers.ImportDossierStatistics;

/// <summary>Handles <see cref="ImportDossierStatistics"/>: every row's unit must have existed on the last day of the row's period; then adds or revises each row's statistics.</summary>
/// <param name="statistics">Reads and revises the statistics.</param>
/// <param name="bulk">Inserts the new statistics in bulk.</param>
/// <param name="units">The units.</param>
/// <param name="currentActor">Who imports.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class ImportDossierStatisticsHandler(
    IRepository<DossierStatistics> statistics,
    IBulkRepository<DossierStatistics> bulk,
    UnitLookup units,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<ImportDossierStatistics, DossierImportResult>
{
    /// <inheritdoc />
    /// <exception cref="ValidationException">No unit with a row's code existed on the last day of its period; every such row is named.</exception>
    public async Task<DossierImportResult> Handle(ImportDossierStatistics request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var codes = request.Rows.Select(r => r.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        // A row's counts for a period are the unit's that existed on the period's last day, the unit a round for it assesses.
        var forms = await units.FormsAsync(codes, cancellationToken).ConfigureAwait(false);
        var unknown = request.Rows
            .Select(r => (Row: r, Forms: forms[r.UnitCode].ToList()))
            .Where(r => UnitLookup.On(r.Forms, r.Row.Period.End) is null)
            .Select(r => new Problem(DossierStatisticsRow.Cell(r.Row.Row, "unitCode"), UnitLookup.Missing(r.Row.UnitCode, r.Row.Period.End, r.Forms)))
            .ToList();
        if (unknown.Count > 0) throw new ValidationException(nameof(ImportDossierStatistics), unknown);

        var existing = (await statistics.ListAsync(new DossierStatisticsOfUnitsSpec(codes), cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => (s.UnitCode, s.Period));
        var by = currentActor.Actor.Id;
        var now = clock.GetCurrentInstant();
        var added = new List<DossierStatistics>();
        var revised = new List<DossierStatistics>();
        var unchanged = 0;
        foreach (var row in request.Rows)
        {
            if (!existing.TryGetValue((row.UnitCode, row.Period), out var recorded)) added.Add(new DossierStatistics(row.UnitCode, row.Period, row.Counts, by, now));
            else if (recorded.Revise(row.Counts, by, now)) revised.Add(recorded);
            else unchanged++;
        }

        bulk.AddInBulk(added);
        if (revised.Count > 0) await statistics.UpdateRangeAsync(revised, cancellationToken).ConfigureAwait(false);
        var periods = string.Join(", ", request.Rows.Select(r => r.Period.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        audit.Record(
            $"dossier-import/{request.RequestId}",
            string.Create(CultureInfo.InvariantCulture, $"imported {MessageText.Printable(request.Source.Trim(), 260)}: {request.Rows.Count} row(s) for {codes.Count} unit(s), periods {periods}: {added.Count} added, {revised.Count} revised, {unchanged} unchanged"));
        return new DossierImportResult(added.Count, revised.Count, unchanged);
    }
}
