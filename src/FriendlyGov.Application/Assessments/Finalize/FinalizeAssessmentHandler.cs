using System.Text;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Frameworks;
using NodaTime;

namespace FriendlyGov.Application.Assessments.Finalize;

/// <summary>
/// Handles <see cref="FinalizeAssessment"/>; returns the scorecard the assessment now keeps, with the
/// hashes of the framework and of the evidence as counted, and that evidence.
/// </summary>
/// <param name="lookup">Finds the round and assessment.</param>
/// <param name="assessments">Stores the assessment.</param>
/// <param name="scoring">Scores the assessment as it stands.</param>
/// <param name="currentActor">Who finalizes.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class FinalizeAssessmentHandler(
    AssessmentLookup lookup,
    IRepository<Assessment> assessments,
    AssessmentScoring scoring,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<FinalizeAssessment, ScorecardSnapshot>
{
    /// <inheritdoc />
    public async Task<ScorecardSnapshot> Handle(FinalizeAssessment request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var (round, assessment) = await lookup.AssessmentAsync(request.RoundId, request.UnitCode, cancellationToken).ConfigureAwait(false);
        var card = await scoring.ScoreAsync(round, assessment, cancellationToken).ConfigureAwait(false);
        var counted = CountedEvidence.Write(card.Evidence, card.Framework);
        assessment.FinalizeWith(
            ScorecardSnapshot.Of(card) with
            {
                FrameworkSha256 = CountedEvidence.Sha256(FrameworkWriter.WriteCanonical(card.Framework)),
                CountedEvidence = Encoding.UTF8.GetString(counted),
                EvidenceSha256 = CountedEvidence.Sha256(counted),
            },
            card.Unit.Kind,
            currentActor.Actor.Id,
            clock.GetCurrentInstant());
        var snapshot = assessment.FinalScorecard!;
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);

        var caps = snapshot.Caps;
        audit.Record(
            $"assessment/{assessment.Id}",
            $"finalized unit {assessment.UnitCode} at {Figures.Format(snapshot.Total)} points, rated {snapshot.Rating}{(caps.Count > 0 ? $" (capped by {string.Join(", ", caps)})" : string.Empty)}");
        return snapshot;
    }
}
