using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Rounds.CheckDeadlines;

/// <summary>Only an administrator or appraiser of the round's province checks its deadlines.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class CheckDeadlinesAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<CheckDeadlines>(lookup, r => r.RoundId, (actor, round, _) => Rules.ReaderOf(actor, round.Province));
