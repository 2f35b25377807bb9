using FriendlyGov.Domain.Assessments.Events;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Assessments;

/// <summary>
/// The assessment of one unit in one round, from self-assessment through appraisal to a final
/// scorecard, with every piece of evidence kept and every transition raised as an event.
/// </summary>
/// <remarks>
/// Draft → SelfAssessmentSubmitted → UnderAppraisal → Appraised → Finalized; Finalized →
/// Reopened only through an appeal with a reason, then back to Appraised and Finalized. Evidence
/// is never overwritten: a new entry for the same indicator and source counts instead of the
/// earlier one, which stays in <see cref="Evidence"/>. A finalized assessment keeps the
/// scorecard it was finalized with.
/// </remarks>
public sealed class Assessment : AggregateRoot
{
    private List<EvidenceEntry> _evidence = [];

    private Assessment()
    {
        UnitCode = string.Empty;
    }

    /// <summary>Starts the assessment of a unit in a round, as a draft.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="unitExistedFrom">The day the unit took the form assessed, which with the code names it (a code may be reused after a reform).</param>
    public Assessment(Guid roundId, string unitCode, LocalDate unitExistedFrom)
    {
        RoundId = roundId;
        UnitCode = Guard.Against.NullOrWhiteSpace(unitCode);
        UnitExistedFrom = unitExistedFrom;
    }

    /// <summary>The round.</summary>
    public Guid RoundId { get; private set; }

    /// <summary>The unit's code.</summary>
    public string UnitCode { get; private set; }

    /// <summary>The day the unit assessed took its form: with <see cref="UnitCode"/>, which unit this is.</summary>
    /// <remarks>Assessments kept before units had this identity were given their unit's first day by the migration <c>IdentifyUnitsByCodeAndFirstDay</c>.</remarks>
    public LocalDate UnitExistedFrom { get; private set; }

    /// <summary>Where the assessment stands.</summary>
    public AssessmentState State { get; private set; } = AssessmentState.Draft;

    /// <summary>Every piece of evidence recorded, oldest first.</summary>
    public IReadOnlyList<EvidenceEntry> Evidence => _evidence;

    /// <summary>When the self-assessment was submitted, if it was.</summary>
    public Instant? SubmittedAt { get; private set; }

    /// <summary>Whether the self-assessment was submitted after its deadline.</summary>
    public bool SubmittedLate { get; private set; }

    /// <summary>The scorecard fixed at the last finalization, if any.</summary>
    public ScorecardSnapshot? FinalScorecard { get; private set; }

    /// <summary>When it was last finalized, if it was.</summary>
    public Instant? FinalizedAt { get; private set; }

    /// <summary>The unit's name on the final scorecard, if finalized; kept beside it so that lists never open the scorecard.</summary>
    public string? FinalUnitName { get; private set; }

    /// <summary>The unit's kind when it was last finalized, if it was: what a ranking by kind filters on.</summary>
    /// <remarks>Left empty for an assessment finalized before FriendlyGov kept it whose unit was not registered.</remarks>
    public UnitKind? FinalUnitKind { get; private set; }

    /// <summary>The final scorecard's framework id (<c>id@version</c>), if finalized.</summary>
    public string? FinalFramework { get; private set; }

    /// <summary>The final scorecard's period, as written in it (<c>2024</c>, <c>2024-H1</c>), if finalized.</summary>
    public string? FinalPeriod { get; private set; }

    /// <summary>The final scorecard's total in points, if finalized.</summary>
    public decimal? FinalTotal { get; private set; }

    /// <summary>The final rating's code, after caps, if finalized.</summary>
    public string? FinalRating { get; private set; }

    /// <summary>The final rating's place among the framework's ratings (0 for the best), if finalized: what a ranking orders by first.</summary>
    public int? FinalRatingRank { get; private set; }

    /// <summary>How many appeals reopened it.</summary>
    public int Appeals { get; private set; }

    /// <summary>Records self-assessed evidence for an indicator; only while a draft.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="evidence">The figures.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="note">A note, if any.</param>
    /// <exception cref="DomainRuleException">The assessment is no longer a draft.</exception>
    public void RecordSelfEvidence(string indicatorId, IndicatorEvidence evidence, string by, Instant at, string? note = null)
    {
        Require("record self-assessed evidence", AssessmentState.Draft);
        Add(new EvidenceEntry(Guard.Against.NullOrWhiteSpace(indicatorId), EvidenceSource.Self, Guard.Against.Null(evidence), by, at, note));
    }

    /// <summary>Records appraised evidence for an indicator; only under appraisal or reopened.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="evidence">The figures.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="note">A note, if any.</param>
    /// <exception cref="DomainRuleException">The assessment is not being appraised.</exception>
    public void RecordAppraisalEvidence(string indicatorId, IndicatorEvidence evidence, string by, Instant at, string? note = null)
    {
        Require("record appraised evidence", AssessmentState.UnderAppraisal, AssessmentState.Reopened);
        Add(new EvidenceEntry(Guard.Against.NullOrWhiteSpace(indicatorId), EvidenceSource.Appraisal, Guard.Against.Null(evidence), by, at, note));
    }

    /// <summary>Submits the self-assessment; after the round's deadline it is late, or refused where the round says so.</summary>
    /// <param name="round">The assessment's round.</param>
    /// <param name="by">Who submits.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleException">Not a draft, or late where the round refuses late submissions.</exception>
    public void SubmitSelfAssessment(AssessmentRound round, string by, Instant at)
    {
        Guard.Against.Null(round);
        Require("submit the self-assessment", AssessmentState.Draft);
        var late = round.IsLate(at);
        if (late && round.RefuseLateSubmissions)
            throw new DomainRuleException(DomainRules.LateSubmission, $"The self-assessment of unit {UnitCode} is refused: its deadline was {round.SelfAssessmentDeadline:uuuu-MM-dd} and this round refuses late submissions.");
        SubmittedAt = at;
        SubmittedLate = late;
        Move(AssessmentState.SelfAssessmentSubmitted, by, at, late ? $"late: the deadline was {round.SelfAssessmentDeadline:uuuu-MM-dd}" : null);
    }

    /// <summary>Starts appraisal of a submitted self-assessment.</summary>
    /// <param name="by">The appraiser.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleException">The self-assessment was not submitted.</exception>
    public void StartAppraisal(string by, Instant at)
    {
        Require("start appraisal", AssessmentState.SelfAssessmentSubmitted);
        Move(AssessmentState.UnderAppraisal, by, at);
    }

    /// <summary>Completes appraisal, after the first appraisal or after an appeal.</summary>
    /// <param name="by">The appraiser.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleException">The assessment is not being appraised.</exception>
    public void CompleteAppraisal(string by, Instant at)
    {
        Require("complete appraisal", AssessmentState.UnderAppraisal, AssessmentState.Reopened);
        Move(AssessmentState.Appraised, by, at);
    }

    /// <summary>
    /// Finalizes the assessment with its scorecard, which it keeps from now on, marked with who
    /// finalized and when, and with its standing (name, kind, framework, period, total, rating)
    /// beside it, so that rankings and histories read a few columns rather than the scorecard.
    /// </summary>
    /// <param name="scorecard">The scorecard as scored now.</param>
    /// <param name="kind">The unit's kind as scored now.</param>
    /// <param name="by">Who finalizes.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleException">The assessment is not appraised.</exception>
    public void FinalizeWith(ScorecardSnapshot scorecard, UnitKind kind, string by, Instant at)
    {
        Require("finalize", AssessmentState.Appraised);
        var card = Guard.Against.Null(scorecard) with { FinalizedBy = by, FinalizedAt = at };
        FinalScorecard = card;
        FinalUnitName = card.UnitName;
        FinalUnitKind = Guard.Against.EnumOutOfRange(kind);
        FinalFramework = card.Framework;
        FinalPeriod = card.Period;
        FinalTotal = card.Total;
        FinalRating = card.Rating;
        FinalRatingRank = card.RatingRank;
        FinalizedAt = at;
        Move(AssessmentState.Finalized, by, at);
    }

    /// <summary>Reopens a finalized assessment on appeal (khiếu nại); it keeps its last scorecard until finalized again.</summary>
    /// <param name="reason">The appeal's grounds; required.</param>
    /// <param name="by">Who reopens it.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleException">The assessment is not finalized, or no reason is given.</exception>
    public void ReopenOnAppeal(string reason, string by, Instant at)
    {
        Require("reopen on appeal", AssessmentState.Finalized);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(DomainRules.AppealReason, $"The assessment of unit {UnitCode} can only be reopened with the appeal's reason.");
        Appeals++;
        Move(AssessmentState.Reopened, by, at, reason.Trim());
    }

    /// <summary>The evidence that counts now, as the scoring engine reads it.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The round's period.</param>
    /// <param name="conduct">The unit's conduct observations in the period.</param>
    /// <returns>The latest self-assessed and appraised entry of each indicator, and the conduct.</returns>
    public UnitEvidence ToUnitEvidence(AssessedUnit unit, AssessmentPeriod period, IEnumerable<ConductBreach> conduct) =>
        new(unit, period, Latest(EvidenceSource.Self), Latest(EvidenceSource.Appraisal)) { Conduct = [.. conduct] };

    private Dictionary<string, IndicatorEvidence> Latest(EvidenceSource source) =>
        _evidence.Where(e => e.Source == source)
            .GroupBy(e => e.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Evidence, StringComparer.Ordinal);

    private void Add(EvidenceEntry entry)
    {
        Guard.Against.NullOrWhiteSpace(entry.By);
        _evidence.Add(entry);
        Raise(new EvidenceRecorded(Id, entry.IndicatorId, entry.Source, entry.By, entry.At));
    }

    private void Require(string action, params AssessmentState[] allowed)
    {
        if (!allowed.Contains(State))
            throw new DomainRuleException(DomainRules.AssessmentWorkflow, $"Cannot {action} for unit {UnitCode}: the assessment is {State}, and this is allowed only when it is {string.Join(" or ", allowed)}.");
    }

    private void Move(AssessmentState to, string by, Instant at, string? reason = null)
    {
        Guard.Against.NullOrWhiteSpace(by);
        var from = State;
        State = to;
        Raise(new AssessmentTransitioned(Id, UnitCode, from, to, by, at, reason));
    }
}
