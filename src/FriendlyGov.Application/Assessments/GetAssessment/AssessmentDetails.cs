using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Assessments.GetAssessment;

/// <summary>What an outside app reads of an assessment: a copy, detached from the store.</summary>
/// <param name="Id">The assessment's id; its audit trail's subject is <c>assessment/{Id}</c>.</param>
/// <param name="RoundId">The round.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="State">Where it is in the workflow.</param>
/// <param name="Version">How many changes were saved to it: 0 when only opened, one more per saved change.</param>
/// <param name="SubmittedAt">When the self-assessment was submitted; <see langword="null"/> before.</param>
/// <param name="SubmittedLate">Whether it was submitted after the round's self-assessment deadline.</param>
/// <param name="FinalizedAt">When it was last finalized; <see langword="null"/> before.</param>
/// <param name="Appeals">How many times it was reopened on appeal.</param>
/// <param name="Evidence">Every evidence entry, self-assessed and appraised, with who recorded it and when, in the order recorded.</param>
public sealed record AssessmentDetails(
    Guid Id,
    Guid RoundId,
    string UnitCode,
    AssessmentState State,
    int Version,
    Instant? SubmittedAt,
    bool SubmittedLate,
    Instant? FinalizedAt,
    int Appeals,
    IReadOnlyList<EvidenceEntry> Evidence)
{
    /// <summary>The details of <paramref name="assessment"/>.</summary>
    /// <param name="assessment">The assessment, as read.</param>
    /// <returns>Its details, with a copy of its evidence list.</returns>
    internal static AssessmentDetails Of(Assessment assessment) => new(
        assessment.Id,
        assessment.RoundId,
        assessment.UnitCode,
        assessment.State,
        assessment.Version,
        assessment.SubmittedAt,
        assessment.SubmittedLate,
        assessment.FinalizedAt,
        assessment.Appeals,
        [.. assessment.Evidence]);
}
