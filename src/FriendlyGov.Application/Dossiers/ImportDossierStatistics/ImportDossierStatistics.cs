using FriendlyGov.Domain.Dossiers;

namespace FriendlyGov.Application.Dossiers.ImportDossierStatistics;

/// <summary>Records the dossier statistics of units for periods, all or nothing, such as the rows of one CSV file.</summary>
/// <remarks>
/// Who may send it: a data importer (<see cref="Ports.ActorRole.DataImporter"/>) of every province
/// the rows' units belong to (or of every province), or a province administrator of each (rule
/// <c>dossier-importer-in-scope</c>). The <c>friendlygov dossiers import</c> command acts as
/// <c>friendlygov-cli</c>, a data importer of every province.
/// What it changes: for each row, adds the unit's statistics for the period, or revises those
/// already recorded for the same unit and period (a correction). Every problem of every row is
/// reported at once, as <c>row N, column C</c>, and then nothing is recorded: each unit must be
/// registered, and a unit and period appear on one row only.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Source">Where the rows come from, such as the file's name; it is written to the audit trail.</param>
/// <param name="Rows">The rows, each with its own counts (already consistent by <see cref="DossierCounts"/>) and its row number.</param>
public sealed record ImportDossierStatistics(Guid RequestId, string Source, IReadOnlyList<DossierStatisticsRow> Rows) : ICommand<DossierImportResult>;
