namespace FriendlyGov.Application.Tests.Contract;

/// <summary>The steps of the workflow, by name, for the transition tables.</summary>
public enum WorkflowStep
{
    /// <summary>RecordEvidence from self-assessment, by the unit's officer.</summary>
    RecordSelfEvidence,

    /// <summary>SubmitSelfAssessment, by the unit's officer.</summary>
    Submit,

    /// <summary>StartAppraisal, by an appraiser.</summary>
    StartAppraisal,

    /// <summary>RecordEvidence from appraisal, by an appraiser.</summary>
    RecordAppraisedEvidence,

    /// <summary>CompleteAppraisal, by an appraiser.</summary>
    CompleteAppraisal,

    /// <summary>FinalizeAssessment, by the administrator.</summary>
    Finalize,

    /// <summary>FileAppeal, by the administrator.</summary>
    Appeal,
    
}
