using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Dossiers;

/// <summary>
/// The dossier statistics of one unit for one period, as last recorded: at most one per unit and
/// period. Recording them again revises the counts.
/// </summary>
public sealed class DossierStatistics : AggregateRoot
{
    /// <summary>For stores that rebuild the aggregate from its columns.</summary>
    private DossierStatistics()
    {
        UnitCode = RecordedBy = string.Empty;
        Period = AssessmentPeriod.OfYear(2000);
        Counts = new DossierCounts(0, 0, 0, 0, 0, 0);
    }

    /// <summary>Records a unit's statistics for a period.</summary>
    /// <param name="unitCode">The unit: five digits.</param>
    /// <param name="period">The period.</param>
    /// <param name="counts">The counts.</param>
    /// <param name="recordedBy">Who recorded them (an actor's id).</param>
    /// <param name="recordedAt">When, by the clock.</param>
    /// <exception cref="ArgumentException">The unit code is not five digits, or no one recorded them.</exception>
    public DossierStatistics(string unitCode, AssessmentPeriod period, DossierCounts counts, string recordedBy, Instant recordedAt)
    {
        UnitCode = AssessedUnit.IsUnitCode(Guard.Against.Null(unitCode)) ? unitCode : throw new ArgumentException($"'{unitCode}' is not a unit code.", nameof(unitCode));
        Period = Guard.Against.Null(period);
        Counts = Guard.Against.Null(counts);
        RecordedBy = Guard.Against.NullOrWhiteSpace(recordedBy);
        RecordedAt = recordedAt;
    }

    /// <summary>The unit.</summary>
    public string UnitCode { get; }

    /// <summary>The period the counts are for.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>The counts.</summary>
    public DossierCounts Counts { get; private set; }

    /// <summary>Who last recorded the counts.</summary>
    public string RecordedBy { get; private set; }

    /// <summary>When the counts were last recorded.</summary>
    public Instant RecordedAt { get; private set; }

    /// <summary>Replaces the counts with corrected ones.</summary>
    /// <param name="counts">The new counts.</param>
    /// <param name="recordedBy">Who recorded them.</param>
    /// <param name="recordedAt">When.</param>
    /// <returns>Whether anything changed: <see langword="false"/> when the counts are the same.</returns>
    public bool Revise(DossierCounts counts, string recordedBy, Instant recordedAt)
    {
        Guard.Against.Null(counts);
        Guard.Against.NullOrWhiteSpace(recordedBy);
        if (counts == Counts) return false;
        Counts = counts;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Raise(new DossierStatisticsRevised(Id, UnitCode, Period, recordedBy, recordedAt));
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"dossier statistics of unit {UnitCode} for {Period}";
}
