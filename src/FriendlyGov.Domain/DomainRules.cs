namespace FriendlyGov.Domain;

/// <summary>
/// The names of the business rules a <see cref="DomainRuleException"/> reports, so that an app
/// can tell them apart without reading the message.
/// </summary>
public static class DomainRules
{
    /// <summary>An assessment's step is allowed only in some states (draft → submitted → under appraisal → appraised → finalized → reopened).</summary>
    public const string AssessmentWorkflow = "assessment-workflow";

    /// <summary>A round that refuses late submissions refuses a self-assessment after its deadline.</summary>
    public const string LateSubmission = "late-submission";

    /// <summary>An assessment is reopened only with the appeal's reason.</summary>
    public const string AppealReason = "appeal-reason";

    /// <summary>A conduct observation is confirmed or dismissed while reported, and reopened only once decided.</summary>
    public const string ObservationDueProcess = "observation-due-process";

    /// <summary>An official never confirms an observation about themselves.</summary>
    public const string NoSelfConfirmation = "no-self-confirmation";

    /// <summary>An official's new posting starts after the current one began.</summary>
    public const string PostingOrder = "posting-order";

    /// <summary>A plan's milestone is completed once.</summary>
    public const string MilestoneOnce = "milestone-once";
}
