using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Application.Assessments;

/// <summary>
/// One round, read untracked: for a request that only reads it, so that no copy of its list of
/// unit codes (10,599 codes in a national round) is kept for change tracking.
/// </summary>
internal sealed class RoundToReadSpec : SingleResultSpecification<AssessmentRound>
{
    /// <summary>Selects the round <paramref name="roundId"/>.</summary>
    /// <param name="roundId">The round's id.</param>
    public RoundToReadSpec(Guid roundId) => Query.Where(r => r.Id == roundId).AsNoTracking();
}
