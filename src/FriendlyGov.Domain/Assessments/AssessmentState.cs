namespace FriendlyGov.Domain.Assessments;

/// <summary>Where an assessment stands in its workflow.</summary>
/// <remarks>
/// Draft → SelfAssessmentSubmitted → UnderAppraisal → Appraised → Finalized; a finalized
/// assessment goes to Reopened only through an appeal, then back to Appraised and Finalized.
/// </remarks>
public enum AssessmentState
{
    /// <summary>The unit is gathering its self-assessment (tự đánh giá).</summary>
    Draft,

    /// <summary>The unit has submitted its self-assessment.</summary>
    SelfAssessmentSubmitted,

    /// <summary>The appraisal council is appraising it (thẩm định).</summary>
    UnderAppraisal,

    /// <summary>The appraisal is complete; it awaits finalization.</summary>
    Appraised,

    /// <summary>Final: its scorecard is fixed and counts in the ranking.</summary>
    Finalized,

    /// <summary>Reopened on appeal (khiếu nại); to be appraised and finalized again.</summary>
    Reopened,
}
