using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Assessments;

/// <summary>
/// An assessment round (đợt đánh giá): one framework, one period, the units assessed in it, and
/// the deadlines for self-assessment and appraisal, as calendar dates in Vietnam.
/// </summary>
public sealed class AssessmentRound : AggregateRoot
{
    private List<string> _unitCodes = [];

    private AssessmentRound()
    {
        Framework = Period = Province = OpenedBy = string.Empty;
    }

    /// <summary>Opens a round.</summary>
    /// <param name="framework">The framework's name, <c>id@version</c>.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="province">The province running the round.</param>
    /// <param name="unitCodes">The units assessed; at least one, no repeats.</param>
    /// <param name="selfAssessmentDeadline">The last day to submit a self-assessment.</param>
    /// <param name="appraisalDeadline">The last day to complete appraisal; not before the self-assessment deadline.</param>
    /// <param name="refuseLateSubmissions">Whether a self-assessment after its deadline is refused rather than recorded as late.</param>
    /// <param name="openedBy">Who opened it.</param>
    /// <param name="openedAt">When.</param>
    /// <exception cref="ArgumentException">No unit, a repeated unit, or deadlines in the wrong order.</exception>
    public AssessmentRound(
        FrameworkId framework, AssessmentPeriod period, string province, IEnumerable<string> unitCodes,
        LocalDate selfAssessmentDeadline, LocalDate appraisalDeadline, bool refuseLateSubmissions, string openedBy, Instant openedAt)
    {
        Framework = Guard.Against.Null(framework).ToString();
        Period = Guard.Against.Null(period).ToString();
        Province = Guard.Against.NullOrWhiteSpace(province);
        _unitCodes = [.. Guard.Against.Null(unitCodes)];
        if (_unitCodes.Count == 0) throw new ArgumentException("A round needs at least one unit.", nameof(unitCodes));
        var repeated = _unitCodes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new ArgumentException($"Unit {repeated.Key} is listed more than once.", nameof(unitCodes));
        if (appraisalDeadline < selfAssessmentDeadline)
            throw new ArgumentException($"The appraisal deadline {appraisalDeadline:uuuu-MM-dd} is before the self-assessment deadline {selfAssessmentDeadline:uuuu-MM-dd}.", nameof(appraisalDeadline));
        SelfAssessmentDeadline = selfAssessmentDeadline;
        AppraisalDeadline = appraisalDeadline;
        RefuseLateSubmissions = refuseLateSubmissions;
        OpenedBy = Guard.Against.NullOrWhiteSpace(openedBy);
        OpenedAt = openedAt;
    }

    /// <summary>The framework's name, <c>id@version</c>.</summary>
    public string Framework { get; private set; }

    /// <summary>The period, as written in files (<c>2024</c>, <c>2024-Q2</c>, …).</summary>
    public string Period { get; private set; }

    /// <summary>The province running the round.</summary>
    public string Province { get; private set; }

    /// <summary>The units assessed.</summary>
    public IReadOnlyList<string> UnitCodes => _unitCodes;

    /// <summary>The last day to submit a self-assessment, in Vietnam.</summary>
    public LocalDate SelfAssessmentDeadline { get; private set; }

    /// <summary>The last day to complete appraisal, in Vietnam.</summary>
    public LocalDate AppraisalDeadline { get; private set; }

    /// <summary>Whether a late self-assessment is refused rather than recorded as late.</summary>
    public bool RefuseLateSubmissions { get; private set; }

    /// <summary>Who opened the round.</summary>
    public string OpenedBy { get; private set; }

    /// <summary>When the round was opened.</summary>
    public Instant OpenedAt { get; private set; }

    /// <summary>The framework's name, parsed.</summary>
    public FrameworkId FrameworkId => Criteria.FrameworkId.Parse(Framework);

    /// <summary>The period, parsed.</summary>
    public AssessmentPeriod AssessmentPeriod => Periods.AssessmentPeriod.Parse(Period);

    /// <summary>Whether a self-assessment submitted at <paramref name="at"/> is late.</summary>
    /// <param name="at">The moment of submission.</param>
    /// <returns><see langword="true"/> after the deadline day, in Vietnam.</returns>
    public bool IsLate(Instant at) => VietnamTime.DateAt(at) > SelfAssessmentDeadline;
}
