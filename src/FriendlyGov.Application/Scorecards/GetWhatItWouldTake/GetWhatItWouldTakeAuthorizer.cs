using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>The unit's officer, or an appraiser or administrator of the round's province, reads what it would take.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetWhatItWouldTakeAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetWhatItWouldTake>(lookup, r => r.RoundId, (actor, round, r) => Rules.ReaderOf(actor, round.Province, r.UnitCode));
