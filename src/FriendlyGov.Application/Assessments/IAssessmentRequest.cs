namespace FriendlyGov.Application.Assessments;

/// <summary>A request about the assessment of one unit in one round.</summary>
internal interface IAssessmentRequest
{
    /// <summary>The round.</summary>
    Guid RoundId { get; }

    /// <summary>The unit.</summary>
    string UnitCode { get; }
}
