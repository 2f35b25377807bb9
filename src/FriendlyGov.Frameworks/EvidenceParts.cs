using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Frameworks;

/// <summary>
/// What could be read of an evidence document, even when some of it could not, so that its
/// figures can still be checked against the framework and every problem reported at once.
/// </summary>
internal sealed record EvidenceParts(
    string? Framework,
    AssessedUnit? Unit,
    AssessmentPeriod? Period,
    IReadOnlyDictionary<string, IndicatorEvidence> SelfAssessed,
    IReadOnlyDictionary<string, IndicatorEvidence> Appraised,
    IReadOnlyList<ConductBreach> Conduct,
    bool Complete)
{
    /// <summary>The document, when it was read without a problem.</summary>
    public EvidenceDocument? Document =>
        Complete && Unit is not null && Period is not null
            ? new EvidenceDocument(Framework, new UnitEvidence(Unit, Period, SelfAssessed, Appraised) { Conduct = Conduct })
            : null;

    /// <summary>
    /// The problems of what was read against the framework, with paths relative to the document.
    /// A unit or period that could not be read is stood in for, and the checks that depend on it
    /// are left out: its own problem is already reported.
    /// </summary>
    public IEnumerable<Problem> CheckAgainst(ScoringEngine engine)
    {
        var framework = engine.Framework;
        var unit = Unit ?? new AssessedUnit("00000", "-", framework.AppliesTo[0]);
        var period = Period ?? AssessmentPeriod.Of(framework.Period, 2000, 1);
        var evidence = new UnitEvidence(unit, period, SelfAssessed, Appraised) { Conduct = Conduct };
        return engine.Check(evidence).Where(p =>
            (Unit is not null || !p.Path.StartsWith("unit", StringComparison.Ordinal))
            && (Period is not null || (p.Path != "period" && !p.Path.EndsWith(".on", StringComparison.Ordinal))));
    }
}
