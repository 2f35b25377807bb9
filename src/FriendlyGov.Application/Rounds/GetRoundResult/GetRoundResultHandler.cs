using FriendlyGov.Application.Assessments;
using System.Text;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Specifications;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Application.Rounds.GetRoundResult;

/// <summary>Handles <see cref="GetRoundResult"/>.</summary>
/// <param name="lookup">Finds the round.</param>
/// <param name="assessments">The assessments.</param>
/// <param name="scoring">Finds the round's framework.</param>
internal sealed class GetRoundResultHandler(AssessmentLookup lookup, IReadRepository<Assessment> assessments, AssessmentScoring scoring)
    : IRequestHandler<GetRoundResult, ResultBundle>
{
    /// <inheritdoc />
    public async Task<ResultBundle> Handle(GetRoundResult request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        var framework = scoring.FrameworkOf(round);
        var frameworkSha256 = CountedEvidence.Sha256(FrameworkWriter.WriteCanonical(framework));
        var finals = (await assessments.ListAsync(new FinalizedAssessmentsInRoundSpec(round.Id), cancellationToken).ConfigureAwait(false))
            .Select(a => a.FinalScorecard!)
            .ToList();
        var units = new List<PublishedUnit>(finals.Count);
        foreach (var card in finals)
        {
            if (card.CountedEvidence is not { } counted || !card.KeepsDetails)
                throw new WorkflowException($"Cannot publish round {round.Id}: unit {card.UnitCode} was finalized before FriendlyGov kept the evidence as counted; reopen it on appeal and finalize it again.");
            if (card.FrameworkSha256 != frameworkSha256)
                throw new WorkflowException($"Cannot publish round {round.Id}: unit {card.UnitCode} was finalized on a version of {framework.Id} whose content differs from the one this deployment has now; reopen it on appeal and finalize it again.");
            units.Add(new PublishedUnit(CountedEvidence.Read(Encoding.UTF8.GetBytes(counted), $"final scorecard of unit {card.UnitCode}", framework), card));
        }

        var ranking = CompetitionRanking.Rank(finals, c => c.RatingRank, c => c.Total, c => c.UnitCode)
            .Select(r => new PublishedRank(r.Rank, r.Item.UnitCode, r.Item.UnitName, r.Item.Total, r.Item.Rating))
            .ToList();
        return new ResultBundle(round.Id, round.Province, round.Period, framework, frameworkSha256, units, ranking);
    }
}
