namespace FriendlyGov.Application.Dossiers.ImportDossierStatistics;

/// <summary>What an import did.</summary>
/// <param name="Added">Rows recorded for a unit and period that had no statistics.</param>
/// <param name="Revised">Rows that corrected the statistics already recorded.</param>
/// <param name="Unchanged">Rows the same as those already recorded.</param>
public sealed record DossierImportResult(int Added, int Revised, int Unchanged)
{
    /// <summary>Every row of the import.</summary>
    public int Rows => Added + Revised + Unchanged;
}
